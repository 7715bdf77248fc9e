using CsrSponsorship.Core.Domain.Invoicing;
using MudBlazor;

namespace CsrSponsorship.Web.Features.Invoicing;

internal static class InvoiceUi
{
    public static Color StatusColor(InvoiceStatus status, bool overdue) => status switch
    {
        InvoiceStatus.Draf => Color.Default,
        InvoiceStatus.Terbit => overdue ? Color.Error : Color.Info,
        InvoiceStatus.SebagianDibayar => overdue ? Color.Error : Color.Warning,
        InvoiceStatus.Lunas => Color.Success,
        InvoiceStatus.Batal => Color.Dark,
        _ => Color.Default,
    };

    public static string PdfUrl(int invoiceId) => $"/dokumen/tagihan/{invoiceId}";
}
