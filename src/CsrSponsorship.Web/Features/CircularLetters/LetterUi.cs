using CsrSponsorship.Core.Domain.CircularLetters;
using CsrSponsorship.Core.Features.CircularLetters;
using CsrSponsorship.Web.Components.Shared;
using MudBlazor;

namespace CsrSponsorship.Web.Features.CircularLetters;

internal static class LetterUi
{
    public static readonly string[] FunnelLabels = ["Dituju", "Diterima", "Komitmen", "Ditagih", "Membayar"];

    public static string Status(LetterStatus status) => status switch
    {
        LetterStatus.Draf => "Draf",
        LetterStatus.Diperiksa => "Diperiksa",
        LetterStatus.Disetujui => "Disetujui",
        LetterStatus.Ditandatangani => "Ditandatangani",
        _ => "Didistribusikan",
    };

    public static Color StatusColor(LetterStatus status) => status switch
    {
        LetterStatus.Draf => Color.Default,
        LetterStatus.Diperiksa => Color.Warning,
        LetterStatus.Disetujui => Color.Info,
        LetterStatus.Ditandatangani => Color.Primary,
        _ => Color.Success,
    };

    public static string Kind(LetterKind kind) => kind switch
    {
        LetterKind.Ralat => "Ralat",
        LetterKind.Pencabutan => "Pencabutan",
        _ => "Edaran",
    };

    public static string Event(LetterEventKind kind) => kind switch
    {
        LetterEventKind.BerkasDiunggah => "Berkas bertanda tangan diunggah",
        LetterEventKind.PenerimaDiatur => "Penerima diatur",
        _ => kind.ToString(),
    };

    public static string Office(SignerOffice office) => office switch
    {
        SignerOffice.KepalaDinas => "Kepala Dinas",
        SignerOffice.Bupati => "Bupati",
        SignerOffice.WakilBupati => "Wakil Bupati",
        SignerOffice.Sekda => "Sekretaris Daerah",
        _ => "Pejabat lain",
    };

    public static string Authority(SignerAuthority authority) => authority switch
    {
        SignerAuthority.AtasNama => "a.n. (atas nama)",
        SignerAuthority.UntukBeliau => "u.b. (untuk beliau)",
        SignerAuthority.Plt => "Plt.",
        SignerAuthority.Plh => "Plh.",
        SignerAuthority.Pj => "Pj.",
        _ => "Langsung",
    };

    public static List<ChartSeries<double>> FunnelSeries(LetterFunnel funnel) =>
    [
        new ChartSeries<double> { Name = "Perusahaan", Data = new ChartData<double>([funnel.Addressed, funnel.Acknowledged, funnel.Pledged, funnel.Invoiced, funnel.Paid]) },
    ];

    public static BarChartOptions FunnelAxis(LetterFunnel? funnel) =>
        ChartAxis.For(new BarChartOptions(), funnel is null ? [] : [funnel.Addressed, funnel.Acknowledged, funnel.Pledged, funnel.Invoiced, funnel.Paid]);

    public static string OfficialPdf(int id) => $"/dokumen/surat-edaran/{id}";

    public static string CopyPdf(int id, int companyId) => $"/dokumen/surat-edaran/{id}/perusahaan/{companyId}";

    public static string CombinedPdf(int id) => $"/dokumen/surat-edaran/{id}/gabungan";
}

// The editor's mutable mirror of LetterContent: list sections are text areas with one item per line.
public sealed class LetterForm
{
    public LetterheadKind Letterhead { get; set; }

    public string Subject { get; set; } = "";

    public string Addressees { get; set; } = "";

    public string AddresseePlace { get; set; } = "";

    public string LatarBelakang { get; set; } = "";

    public string MaksudDanTujuan { get; set; } = "";

    public string RuangLingkup { get; set; } = "";

    public string Dasar { get; set; } = "";

    public string IsiEdaran { get; set; } = "";

    public string Penutup { get; set; } = "";

    public string Place { get; set; } = "";

    public SignerOffice Office { get; set; }

    public SignerAuthority Authority { get; set; }

    public string Position { get; set; } = "";

    public string? OnBehalfOf { get; set; }

    public string Name { get; set; } = "";

    public string? Title { get; set; }

    public string? Rank { get; set; }

    public string? Nip { get; set; }

    public string Tembusan { get; set; } = "";

    public IReadOnlyList<LetterAttachment> Attachments { get; set; } = [];

    public static LetterForm From(LetterContent c) => new()
    {
        Letterhead = c.Letterhead,
        Subject = c.Subject,
        Addressees = Join(c.Addressees),
        AddresseePlace = c.AddresseePlace,
        LatarBelakang = c.LatarBelakang,
        MaksudDanTujuan = c.MaksudDanTujuan,
        RuangLingkup = c.RuangLingkup,
        Dasar = Join(c.Dasar),
        IsiEdaran = Join(c.IsiEdaran),
        Penutup = c.Penutup,
        Place = c.Place,
        Office = c.Signer.Office,
        Authority = c.Signer.Authority,
        Position = c.Signer.Position,
        OnBehalfOf = c.Signer.OnBehalfOf,
        Name = c.Signer.Name,
        Title = c.Signer.Title,
        Rank = c.Signer.Rank,
        Nip = c.Signer.Nip,
        Tembusan = Join(c.Tembusan),
        Attachments = c.Attachments,
    };

    public LetterContent ToContent() => new()
    {
        Letterhead = Letterhead,
        Subject = Subject.Trim(),
        Addressees = Lines(Addressees),
        AddresseePlace = AddresseePlace.Trim(),
        LatarBelakang = LatarBelakang.Trim(),
        MaksudDanTujuan = MaksudDanTujuan.Trim(),
        RuangLingkup = RuangLingkup.Trim(),
        Dasar = Lines(Dasar),
        IsiEdaran = Lines(IsiEdaran),
        Penutup = Penutup.Trim(),
        Place = Place.Trim(),
        Signer = new LetterSigner(Office, Authority, Position.Trim(), OnBehalfOf, Name.Trim(), Title, Rank, Nip),
        Tembusan = Lines(Tembusan),
        Attachments = Attachments,
    };

    private static string Join(IEnumerable<string> items) => string.Join('\n', items);

    private static List<string> Lines(string text) =>
        [.. (text ?? "").ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
