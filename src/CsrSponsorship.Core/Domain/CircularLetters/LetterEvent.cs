namespace CsrSponsorship.Core.Domain.CircularLetters;

public enum LetterEventKind
{
    Dibuat = 1,
    Diubah = 2,
    Diajukan = 3,
    Dikembalikan = 4,
    Disetujui = 5,
    Ditandatangani = 6,
    BerkasDiunggah = 7,
    PenerimaDiatur = 8,
    Didistribusikan = 9,
    Terkirim = 10,
    Diterima = 11,
    Komitmen = 12,
    Pengingat = 13,
}

// One line of a letter's history; the four-eyes rule reads who drafted and edited it from here.
public class LetterEvent
{
    public int Id { get; private set; }

    public int LetterId { get; private set; }

    public LetterEventKind Kind { get; private set; }

    public string UserId { get; private set; } = "";

    public string UserName { get; private set; } = "";

    public DateTime AtUtc { get; private set; }

    public string? Note { get; private set; }

    public int? CompanyId { get; private set; }

    private LetterEvent()
    {
    }

    internal LetterEvent(LetterEventKind kind, string userId, string userName, DateTime atUtc, string? note, int? companyId)
    {
        Kind = kind;
        UserId = userId;
        UserName = userName;
        AtUtc = atUtc;
        Note = note;
        CompanyId = companyId;
    }
}
