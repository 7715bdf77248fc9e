using System.Text.Json;
using CsrSponsorship.Core.Common;

namespace CsrSponsorship.Core.Domain.CircularLetters;

public enum LetterheadKind
{
    Dinas = 1,
    Bupati = 2,
}

// Whose office signs: Permendagri 1/2023 prints the Bupati, Wakil Bupati and Sekda without rank and NIP.
public enum SignerOffice
{
    KepalaDinas = 1,
    Bupati = 2,
    WakilBupati = 3,
    Sekda = 4,
    PejabatLain = 9,
}

public enum SignerAuthority
{
    Langsung = 0,
    AtasNama = 1,
    UntukBeliau = 2,
    Plt = 3,
    Plh = 4,
    Pj = 5,
}

public sealed record LetterSigner(
    SignerOffice Office,
    SignerAuthority Authority,
    string Position,
    string? OnBehalfOf,
    string Name,
    string? Title,
    string? Rank,
    string? Nip);

// What a signature block prints, after the name rules.
public sealed record SignerLines(IReadOnlyList<string> Position, string Name, string? Rank, string? Nip);

public static class SignerRules
{
    public static bool IsActing(SignerAuthority authority) => authority is SignerAuthority.Plt or SignerAuthority.Plh or SignerAuthority.Pj;

    // Permendagri 1/2023: Bupati, Wakil Bupati and Sekda without NIP and rank; acting heads (Pj./Plt./Plh.)
    // without title, NIP and rank; every other official with title, rank and NIP.
    public static SignerLines Apply(LetterSigner signer)
    {
        ArgumentNullException.ThrowIfNull(signer);
        var position = signer.Position.Trim();
        var behalf = signer.OnBehalfOf?.Trim();
        IReadOnlyList<string> lines = signer.Authority switch
        {
            SignerAuthority.AtasNama => ["a.n. " + behalf, position + ","],
            SignerAuthority.UntukBeliau => ["a.n. " + behalf, "u.b. " + position + ","],
            SignerAuthority.Plt => ["Plt. " + position + ","],
            SignerAuthority.Plh => ["Plh. " + position + ","],
            SignerAuthority.Pj => ["Pj. " + position + ","],
            _ => [position + ","],
        };
        var acting = IsActing(signer.Authority);
        var name = acting || string.IsNullOrWhiteSpace(signer.Title) ? signer.Name.Trim() : $"{signer.Name.Trim()}, {signer.Title.Trim()}";
        var withoutNip = acting || signer.Office is SignerOffice.Bupati or SignerOffice.WakilBupati or SignerOffice.Sekda;
        return new SignerLines(
            lines,
            name,
            withoutNip || string.IsNullOrWhiteSpace(signer.Rank) ? null : signer.Rank.Trim(),
            withoutNip || string.IsNullOrWhiteSpace(signer.Nip) ? null : signer.Nip.Trim());
    }
}

// An attachment table of counts (e.g. eligible workers per desa). Counts only: a circular letter leaves the
// office, so it never carries names or NIKs.
public sealed record LetterAttachment(string Title, IReadOnlyList<AttachmentRow> Rows);

public sealed record AttachmentRow(string Label, int Count);

// The editable body of a letter. Paragraph sections hold free text ("\n" = new paragraph); list sections one
// item per entry.
public sealed record LetterContent
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public LetterheadKind Letterhead { get; init; } = LetterheadKind.Dinas;

    public string Subject { get; init; } = "";

    public IReadOnlyList<string> Addressees { get; init; } = [];

    public string AddresseePlace { get; init; } = "Tempat";

    public string LatarBelakang { get; init; } = "";

    public string MaksudDanTujuan { get; init; } = "";

    public string RuangLingkup { get; init; } = "";

    public IReadOnlyList<string> Dasar { get; init; } = [];

    public IReadOnlyList<string> IsiEdaran { get; init; } = [];

    public string Penutup { get; init; } = "";

    public string Place { get; init; } = "Pelaihari";

    public required LetterSigner Signer { get; init; }

    public IReadOnlyList<string> Tembusan { get; init; } = [];

    public IReadOnlyList<LetterAttachment> Attachments { get; init; } = [];

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    // Letter text is pasted from other documents: control characters and direction overrides go before it is
    // stored, as for worker and company names (UserText), so the signed PDF prints what the reviewer read.
    public LetterContent Sanitized()
    {
        static string S(string value) => UserText.Sanitize(value);
        static string? N(string? value) => value is null ? null : UserText.Sanitize(value);
        static IReadOnlyList<string> L(IReadOnlyList<string> values) => [.. values.Select(S)];
        return this with
        {
            Subject = S(Subject),
            Addressees = L(Addressees),
            AddresseePlace = S(AddresseePlace),
            LatarBelakang = S(LatarBelakang),
            MaksudDanTujuan = S(MaksudDanTujuan),
            RuangLingkup = S(RuangLingkup),
            Dasar = L(Dasar),
            IsiEdaran = L(IsiEdaran),
            Penutup = S(Penutup),
            Place = S(Place),
            Signer = Signer with
            {
                Position = S(Signer.Position), OnBehalfOf = N(Signer.OnBehalfOf), Name = S(Signer.Name),
                Title = N(Signer.Title), Rank = N(Signer.Rank), Nip = N(Signer.Nip),
            },
            Tembusan = L(Tembusan),
            Attachments = [.. Attachments.Select(a => a with { Title = S(a.Title), Rows = [.. a.Rows.Select(r => r with { Label = S(r.Label) })] })],
        };
    }

    public static LetterContent FromJson(string json) =>
        JsonSerializer.Deserialize<LetterContent>(json, Json) ?? throw new InvalidOperationException("Empty letter content.");

    public void Validate()
    {
        var missing = new List<string>();
        if (string.IsNullOrWhiteSpace(Subject))
        {
            missing.Add("perihal (TENTANG)");
        }

        if (Addressees.Count == 0)
        {
            missing.Add("Yth.");
        }

        if (IsiEdaran.Count == 0)
        {
            missing.Add("Isi Edaran");
        }

        if (string.IsNullOrWhiteSpace(Signer.Name) || string.IsNullOrWhiteSpace(Signer.Position))
        {
            missing.Add("nama dan jabatan penanda tangan");
        }

        if (Signer.Authority is SignerAuthority.AtasNama or SignerAuthority.UntukBeliau && string.IsNullOrWhiteSpace(Signer.OnBehalfOf))
        {
            missing.Add("atas nama siapa (a.n.)");
        }

        if (missing.Count > 0)
        {
            throw new Common.DomainException("Lengkapi dulu: " + string.Join(", ", missing) + ".");
        }
    }
}
