using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Documents;
using CsrSponsorship.Core.Features.CircularLetters;
using CsrSponsorship.Core.Features.Invoicing;
using CsrSponsorship.Core.Features.Payments;
using CsrSponsorship.Core.Features.Reports;
using Microsoft.AspNetCore.Mvc;

namespace CsrSponsorship.Web.Features.Invoicing;

// Plain HTTP downloads, so a PDF opens in a new tab, prints, and reaches a browser as application/pdf.
// The services check the caller (company scoping included); the endpoint only translates their answers.
internal static class DocumentEndpoints
{
    public static IEndpointRouteBuilder MapDocumentEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var documents = endpoints.MapGroup("/dokumen").RequireAuthorization();
        documents.MapGet("/tagihan/{id:int}", (int id, [FromServices] InvoiceDocumentService service, CancellationToken ct) =>
            RenderAsync(() => service.InvoicePdfAsync(id, ct)));
        documents.MapGet("/kuitansi/{id:int}", (int id, [FromServices] ReceiptDocumentService service, CancellationToken ct) =>
            RenderAsync(() => service.ReceiptPdfAsync(id, ct)));
        documents.MapGet("/surat-edaran/{id:int}", (int id, [FromServices] LetterDocumentService service, CancellationToken ct) =>
            RenderAsync(() => service.OfficialPdfAsync(id, ct)));
        documents.MapGet("/surat-edaran/{id:int}/perusahaan/{companyId:int}", (int id, int companyId, [FromServices] LetterDocumentService service, CancellationToken ct) =>
            RenderAsync(() => service.CompanyCopyAsync(id, companyId, ct)));
        documents.MapGet("/surat-edaran/{id:int}/gabungan", (int id, [FromServices] LetterDocumentService service, CancellationToken ct) =>
            RenderAsync(() => service.CombinedPdfAsync(id, ct)));
        documents.MapGet("/pernyataan-csr/{companyId:int}/{year:int}.pdf", (int companyId, int year, [FromServices] CsrStatementService service, CancellationToken ct) =>
            RenderAsync(() => service.PdfAsync(companyId, year, ct)));
        documents.MapGet("/pernyataan-csr/{companyId:int}/{year:int}.xlsx", (int companyId, int year, [FromServices] CsrStatementService service, CancellationToken ct) =>
            RenderAsync(() => service.ExcelAsync(companyId, year, ct), Xlsx));
        return endpoints;
    }

    private const string Pdf = "application/pdf";
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static async Task<IResult> RenderAsync(Func<Task<RenderedDocument>> render, string contentType = Pdf)
    {
        try
        {
            var document = await render();
            // inline: the browser shows it; the file name is kept for "save as".
            return TypedResults.File(document.Content, contentType, document.FileName, enableRangeProcessing: false);
        }
        catch (NotFoundException ex)
        {
            return TypedResults.NotFound(ex.Message);
        }
        catch (AccessDeniedException)
        {
            return TypedResults.Forbid();
        }
        catch (DomainException ex)
        {
            return TypedResults.BadRequest(ex.Message);
        }
    }
}
