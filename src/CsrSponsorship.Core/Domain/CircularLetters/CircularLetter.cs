using CsrSponsorship.Core.Common;

namespace CsrSponsorship.Core.Domain.CircularLetters;

public enum LetterStatus
{
    Draf = 1,
    Diperiksa = 2,
    Disetujui = 3,
    Ditandatangani = 4,
    Didistribusikan = 5,
}

public enum LetterKind
{
    Edaran = 1,
    Ralat = 2,
    Pencabutan = 3,
}

// A surat edaran from draft to distribution. After signing the content and the generated PDF are frozen:
// corrections and revocations are new letters pointing at this one (Permendagri 1/2023), never edits.
public class CircularLetter : IVersioned
{
    public const int MaxNoteLength = 1000;

    private readonly List<LetterEvent> events = [];
    private readonly List<LetterRecipient> recipients = [];

    public int Id { get; private set; }

    public LetterKind Kind { get; private set; } = LetterKind.Edaran;

    public int? OriginalLetterId { get; private set; }

    public LetterStatus Status { get; private set; } = LetterStatus.Draf;

    public string ContentJson { get; private set; } = "";

    public string? Number { get; private set; }

    public DateOnly? LetterDate { get; private set; }

    public string VerificationToken { get; private set; } = "";

    public string DraftedByUserId { get; private set; } = "";

    public string? ReviewedByUserId { get; private set; }

    public string? SignedByUserId { get; private set; }

    public DateTime? SignedAtUtc { get; private set; }

    // Rendered once at signing and never again: this is what keeps the signed letter byte-identical.
    public byte[]? SignedPdf { get; private set; }

    // A scan of the wet-signed letter or the e-signed file; when present it is the official file, stored unchanged.
    public byte[]? UploadedPdf { get; private set; }

    public string? UploadedFileName { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public Guid Version { get; set; }

    public IReadOnlyList<LetterEvent> Events => events;

    public IReadOnlyList<LetterRecipient> Recipients => recipients;

    public LetterContent Content => LetterContent.FromJson(ContentJson);

    public bool IsSigned => Status >= LetterStatus.Ditandatangani;

    // Everyone who wrote the draft: its creator and whoever edited it since (the history records each edit).
    public IReadOnlySet<string> EditorIds
    {
        get
        {
            if (events.Count == 0)
            {
                // Every letter records Dibuat; an empty history means the events were not loaded.
                throw new InvalidOperationException("Load the letter's events before asking who wrote it.");
            }

            return events.Where(e => e.Kind is LetterEventKind.Dibuat or LetterEventKind.Diubah).Select(e => e.UserId).Append(DraftedByUserId).ToHashSet();
        }
    }

    private CircularLetter()
    {
    }

    public static CircularLetter Draft(LetterContent content, string userId, string userName, DateTime nowUtc, LetterKind kind = LetterKind.Edaran, int? originalLetterId = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (kind != LetterKind.Edaran && originalLetterId is null)
        {
            throw new DomainException("Ralat dan pencabutan harus menunjuk surat asalnya.");
        }

        var letter = new CircularLetter
        {
            Kind = kind,
            OriginalLetterId = originalLetterId,
            ContentJson = content.Sanitized().ToJson(),
            DraftedByUserId = userId,
            CreatedAtUtc = nowUtc,
            VerificationToken = VerificationTokens.New(),
        };
        letter.Record(LetterEventKind.Dibuat, userId, userName, nowUtc, null);
        return letter;
    }

    public void Edit(LetterContent content, string userId, string userName, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(content);
        Require(LetterStatus.Draf, "Surat hanya dapat diubah selama masih draf.");
        ContentJson = content.Sanitized().ToJson();
        Record(LetterEventKind.Diubah, userId, userName, nowUtc, null);
    }

    public void Submit(string userId, string userName, DateTime nowUtc)
    {
        Require(LetterStatus.Draf, "Hanya draf yang dapat diajukan untuk diperiksa.");
        Content.Validate();
        Status = LetterStatus.Diperiksa;
        Record(LetterEventKind.Diajukan, userId, userName, nowUtc, null);
    }

    public void Return(string note, string userId, string userName, DateTime nowUtc)
    {
        RequireReviewer(userId);
        if (string.IsNullOrWhiteSpace(note))
        {
            throw new DomainException("Tuliskan catatan perbaikan untuk penyusun.");
        }

        Status = LetterStatus.Draf;
        Record(LetterEventKind.Dikembalikan, userId, userName, nowUtc, Trim(note));
    }

    public void Approve(string userId, string userName, DateTime nowUtc, string? note = null)
    {
        RequireReviewer(userId);
        Status = LetterStatus.Disetujui;
        ReviewedByUserId = userId;
        Record(LetterEventKind.Disetujui, userId, userName, nowUtc, string.IsNullOrWhiteSpace(note) ? null : Trim(note));
    }

    public void EnsureSignable()
    {
        Require(LetterStatus.Disetujui, "Surat harus disetujui pemeriksa sebelum ditandatangani.");
        Content.Validate();
    }

    public void Sign(string number, DateOnly letterDate, byte[] signedPdf, string userId, string userName, DateTime nowUtc)
    {
        EnsureSignable();
        ArgumentException.ThrowIfNullOrWhiteSpace(number);
        ArgumentNullException.ThrowIfNull(signedPdf);
        Number = number;
        LetterDate = letterDate;
        SignedPdf = signedPdf;
        SignedByUserId = userId;
        SignedAtUtc = nowUtc;
        Status = LetterStatus.Ditandatangani;
        Record(LetterEventKind.Ditandatangani, userId, userName, nowUtc, number);
    }

    public void UploadSignedFile(byte[] pdf, string fileName, string userId, string userName, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        if (!IsSigned)
        {
            throw new DomainException("Berkas bertanda tangan hanya dapat diunggah setelah surat ditandatangani.");
        }

        if (UploadedPdf is not null)
        {
            throw new DomainException("Berkas resmi sudah diunggah dan tidak dapat diganti.");
        }

        if (pdf.Length < 5 || pdf[0] != '%' || pdf[1] != 'P' || pdf[2] != 'D' || pdf[3] != 'F')
        {
            throw new DomainException("Berkas harus berupa PDF.");
        }

        UploadedPdf = pdf;
        UploadedFileName = Path.GetFileName(fileName);
        Record(LetterEventKind.BerkasDiunggah, userId, userName, nowUtc, UploadedFileName);
    }

    public void SetRecipients(IReadOnlyList<(int CompanyId, string CompanyName, int? Workers, int? Months)> chosen, string userId, string userName, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(chosen);
        if (Status == LetterStatus.Didistribusikan)
        {
            throw new DomainException("Surat sudah didistribusikan; penerimanya tidak dapat diubah.");
        }

        recipients.RemoveAll(r => chosen.All(c => c.CompanyId != r.CompanyId));
        foreach (var c in chosen)
        {
            var existing = recipients.FirstOrDefault(r => r.CompanyId == c.CompanyId);
            if (existing is null)
            {
                recipients.Add(new LetterRecipient(c.CompanyId, c.CompanyName, c.Workers, c.Months));
            }
            else
            {
                existing.Suggest(c.Workers, c.Months);
            }
        }

        Record(LetterEventKind.PenerimaDiatur, userId, userName, nowUtc, $"{recipients.Count} perusahaan");
    }

    public void Distribute(DateOnly sentOn, DeliveryChannel channel, string userId, string userName, DateTime nowUtc)
    {
        Require(LetterStatus.Ditandatangani, "Hanya surat yang sudah ditandatangani dan belum didistribusikan yang dapat didistribusikan.");
        if (recipients.Count == 0)
        {
            throw new DomainException("Pilih minimal satu perusahaan penerima.");
        }

        if (sentOn < LetterDate)
        {
            throw new DomainException("Tanggal kirim tidak boleh sebelum tanggal surat.");
        }

        foreach (var recipient in recipients)
        {
            recipient.MarkSent(sentOn, channel);
        }

        Status = LetterStatus.Didistribusikan;
        Record(LetterEventKind.Didistribusikan, userId, userName, nowUtc, $"{IndonesianFormat.Thousands(recipients.Count)} perusahaan, {DeliveryChannels.Label(channel)}, dikirim {IndonesianFormat.Date(sentOn)}");
    }

    public LetterRecipient Recipient(int companyId) =>
        recipients.FirstOrDefault(r => r.CompanyId == companyId) ?? throw new NotFoundException("Penerima");

    public void RecordResponse(int companyId, LetterEventKind kind, string? note, string userId, string userName, DateTime nowUtc)
    {
        if (Status != LetterStatus.Didistribusikan)
        {
            throw new DomainException("Tanggapan dicatat setelah surat didistribusikan.");
        }

        Record(kind, userId, userName, nowUtc, note, companyId);
    }

    // Four eyes: nobody who wrote any part of the draft reviews it, whoever started it.
    public bool MayReview(string userId) => !EditorIds.Contains(userId);

    private void RequireReviewer(string userId)
    {
        Require(LetterStatus.Diperiksa, "Surat ini tidak sedang menunggu pemeriksaan.");
        if (!MayReview(userId))
        {
            throw new DomainException("Pemeriksa tidak boleh sama dengan penyusun surat: Anda ikut menyusun atau mengubah draf ini. Minta pegawai lain memeriksanya.");
        }
    }

    private void Require(LetterStatus status, string message)
    {
        if (Status != status)
        {
            throw new DomainException(message);
        }
    }

    private void Record(LetterEventKind kind, string userId, string userName, DateTime nowUtc, string? note, int? companyId = null) =>
        events.Add(new LetterEvent(kind, userId, userName, nowUtc, note, companyId));

    private static string Trim(string note) => note.Trim() is { Length: > MaxNoteLength } text ? text[..MaxNoteLength] : note.Trim();
}
