using System.Security.Cryptography;
using CsrSponsorship.Core.Common;

namespace CsrSponsorship.Core.Domain.Outreach;

// A sosialisasi's agenda or attendance-sheet photo: PDF, JPG or PNG by content, at most 5 MB, at most 10 per activity.
public class OutreachAttachment
{
    public const int MaxBytes = 5 * 1024 * 1024;
    public const int MaxPerActivity = 10;

    public int Id { get; private set; }

    public int ActivityId { get; private set; }

    // Display only; never used as a path.
    public string FileName { get; private set; } = "";

    public string ContentType { get; private set; } = "";

    public long SizeBytes { get; private set; }

    public byte[] Content { get; private set; } = [];

    public string Sha256 { get; private set; } = "";

    public string UploadedByUserId { get; private set; } = "";

    public DateTime UploadedAtUtc { get; private set; }

    private OutreachAttachment()
    {
    }

    public static OutreachAttachment From(int activityId, string? fileName, byte[] content, string userId, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.Length == 0)
        {
            throw new DomainException("Berkas lampiran kosong.");
        }

        if (content.Length > MaxBytes)
        {
            throw new DomainException("Lampiran paling besar 5 MB. Perkecil foto atau pindai dengan resolusi lebih rendah.");
        }

        var type = UploadedFile.DetectType(content)
            ?? throw new DomainException("Lampiran harus berupa berkas PDF, JPG atau PNG (agenda atau foto daftar hadir).");
        return new OutreachAttachment
        {
            ActivityId = activityId, FileName = UploadedFile.DisplayName(fileName, type, "lampiran-sosialisasi"), ContentType = type,
            SizeBytes = content.Length, Content = content, Sha256 = Convert.ToHexStringLower(SHA256.HashData(content)), UploadedByUserId = userId,
            UploadedAtUtc = nowUtc,
        };
    }
}
