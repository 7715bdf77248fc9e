namespace CsrSponsorship.Core.Common;

// A file a person uploads as evidence (a payment proof, a sosialisasi's agenda or attendance-sheet photo): its type is
// read from its first bytes, never from its name or the browser's claim, and its name is kept for display only.
public static class UploadedFile
{
    public const string Pdf = "application/pdf";
    public const string Png = "image/png";
    public const string Jpeg = "image/jpeg";

    private static readonly (string ContentType, byte[] Magic)[] Signatures =
    [
        (Pdf, "%PDF-"u8.ToArray()),
        (Png, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
        (Jpeg, [0xFF, 0xD8, 0xFF]),
    ];

    // PDF, PNG or JPEG by content; null for anything else.
    public static string? DetectType(ReadOnlySpan<byte> content)
    {
        foreach (var (type, magic) in Signatures)
        {
            if (content.StartsWith(magic))
            {
                return type;
            }
        }

        return null;
    }

    // Browsers may send a full client path: keep the last segment without control characters, at most 200 characters;
    // an empty name becomes the stem with the type's extension.
    public static string DisplayName(string? fileName, string contentType, string stem)
    {
        var name = (fileName ?? "").Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        name = string.Concat(name.Where(c => !char.IsControl(c))).Trim();
        if (name.Length == 0)
        {
            name = stem + Extension(contentType);
        }

        return name.Length > 200 ? name[^200..] : name;
    }

    public static string Extension(string contentType) => contentType switch
    {
        Pdf => ".pdf",
        Png => ".png",
        _ => ".jpg",
    };
}
