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
        documents.MapGet("/tagihan/{id:int}", (HttpContext http, int id, [FromServices] InvoiceDocumentService service, CancellationToken ct) =>
            RenderAsync(http, () => service.InvoicePdfAsync(id, ct)));
        documents.MapGet("/kuitansi/{id:int}", (HttpContext http, int id, [FromServices] ReceiptDocumentService service, CancellationToken ct) =>
            RenderAsync(http, () => service.ReceiptPdfAsync(id, ct)));
        documents.MapGet("/surat-edaran/{id:int}", (HttpContext http, int id, [FromServices] LetterDocumentService service, CancellationToken ct) =>
            RenderAsync(http, () => service.OfficialPdfAsync(id, ct)));
        documents.MapGet("/surat-edaran/{id:int}/perusahaan/{companyId:int}", (HttpContext http, int id, int companyId, [FromServices] LetterDocumentService service, CancellationToken ct) =>
            RenderAsync(http, () => service.CompanyCopyAsync(id, companyId, ct)));
        documents.MapGet("/surat-edaran/{id:int}/gabungan", (HttpContext http, int id, [FromServices] LetterDocumentService service, CancellationToken ct) =>
            RenderAsync(http, async () =>
            {
                // Copied from a temporary file to the response and deleted when sent: never held in memory whole.
                var file = await service.CombinedPdfFileAsync(id, null, ct);
                return TypedResults.File(file.Content, Pdf, file.FileName, enableRangeProcessing: false);
            }));
        documents.MapGet("/pernyataan-csr/{companyId:int}/{year:int}.pdf", (HttpContext http, int companyId, int year, [FromServices] CsrStatementService service, CancellationToken ct) =>
            RenderAsync(http, () => service.PdfAsync(companyId, year, ct)));
        documents.MapGet("/pernyataan-csr/{companyId:int}/{year:int}.xlsx", (HttpContext http, int companyId, int year, [FromServices] CsrStatementService service, CancellationToken ct) =>
            RenderAsync(http, () => service.ExcelAsync(companyId, year, ct), Xlsx));
        return endpoints;
    }

    private const string Pdf = "application/pdf";
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    // Read by the not-found page the status code is re-executed to: a link that no longer leads to a document (a stale
    // "Kuitansi" or invoice link, a draft) gets the app's own page with this sentence, never a raw JSON string.
    internal const string ProblemKey = "csr.document-problem";

    private static Task<IResult> RenderAsync(HttpContext http, Func<Task<RenderedDocument>> render, string contentType = Pdf) =>
        RenderAsync(http, async () =>
        {
            var document = await render();
            // inline: the browser shows it; the file name is kept for "save as".
            return TypedResults.File(document.Content, contentType, document.FileName, enableRangeProcessing: false);
        });

    private static async Task<IResult> RenderAsync(HttpContext http, Func<Task<IResult>> render)
    {
        try
        {
            return await render();
        }
        catch (NotFoundException ex)
        {
            http.Items[ProblemKey] = ex.Message;
            return TypedResults.NotFound();
        }
        catch (AccessDeniedException)
        {
            return TypedResults.Forbid();
        }
        catch (DomainException ex)
        {
            // The document exists but cannot be produced in its present state (a draft has no number yet, a letter is unsigned).
            http.Items[ProblemKey] = ex.Message;
            return TypedResults.StatusCode(StatusCodes.Status409Conflict);
        }
    }
}
