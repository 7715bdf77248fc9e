namespace CsrSponsorship.Core.Domain.Invoicing;

public enum InvoiceStatus
{
    Draf = 1,
    Terbit = 2,
    SebagianDibayar = 3,
    Lunas = 4,
    Batal = 5,
}

public static class InvoiceLabels
{
    public static string Status(InvoiceStatus status) => status switch
    {
        InvoiceStatus.Draf => "Draf",
        InvoiceStatus.Terbit => "Terbit",
        InvoiceStatus.SebagianDibayar => "Sebagian dibayar",
        InvoiceStatus.Lunas => "Lunas",
        InvoiceStatus.Batal => "Batal",
        _ => status.ToString(),
    };

    public static string Status(InvoiceStatus status, bool overdue) =>
        overdue ? Status(status) + " – lewat jatuh tempo" : Status(status);
}
