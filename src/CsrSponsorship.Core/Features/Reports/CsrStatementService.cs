using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Data;
using CsrSponsorship.Core.Documents;
using CsrSponsorship.Core.Documents.Excel;
using CsrSponsorship.Core.Documents.Pdf;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Features.Audit;
using CsrSponsorship.Core.Features.Identity;
using CsrSponsorship.Core.Features.Numbering;
using CsrSponsorship.Core.Features.Sponsorships;
using CsrSponsorship.Core.Features.Wilayah;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CsrSponsorship.Core.Features.Reports;

// The company's yearly figures for its TJSL/PPM report: its billed sponsorships cut to the months that fall in
// the year, at the amounts frozen on the invoices, and the payments on those invoices (decisions 0130, 0131).
public sealed class CsrStatementService(
    IDbContextFactory<AppDbContext> factory, ICurrentUser currentUser, IOptions<InvoiceOptions> options, TimeProvider clock, AuditService audit)
{
    public async Task<CsrStatement> GetAsync(int companyId, int year, CancellationToken ct = default)
    {
        var caller = await currentUser.GetAsync();
        caller.Require(Roles.Csr, Roles.Disnakerind, Roles.Keuangan, Roles.Admin);
        if (caller.Role == Roles.Csr && caller.RequireCompany() != companyId)
        {
            throw new NotFoundException("Perusahaan");
        }

        if (year is < 2000 or > 9999)
        {
            throw new DomainException("Tahun tidak valid.");
        }

        await using var db = await factory.CreateDbContextAsync(ct);
        var company = await db.Companies.AsNoTracking().Where(c => c.Id == companyId)
            .Select(c => new { c.LegalName, c.Npwp }).SingleOrDefaultAsync(ct) ?? throw new NotFoundException("Perusahaan");
        var billed = (await SponsorshipMoney.YearSharesAsync(db, companyId, [year], ct)).Where(s => s.IsInvoiced).ToList();
        var places = await DesaLookup.LoadAsync(db, ct);
        var perDesa = billed.GroupBy(s => s.DesaCode).Select(g => new CsrStatementDesa(
                g.Key, places[g.Key].Name, places[g.Key].KecamatanName, g.Select(s => s.WorkerId).Distinct().Count(),
                g.Sum(s => s.Months), g.Sum(s => s.Invoiced), g.Sum(s => s.Paid)))
            .OrderBy(d => d.DesaCode, StringComparer.Ordinal)
            .ToList();
        return new CsrStatement(
            companyId, company.LegalName, company.Npwp, year, billed.Select(s => s.WorkerId).Distinct().Count(), billed.Sum(s => s.Months),
            billed.Sum(s => s.Invoiced), billed.Sum(s => s.Paid), perDesa, Wita.Today(clock));
    }

    public async Task<RenderedDocument> PdfAsync(int companyId, int year, CancellationToken ct = default)
    {
        var statement = await GetAsync(companyId, year, ct);
        var pdf = CsrStatementPdf.Render(statement, options.Value.Letterhead().ToModel());
        await RecordExportAsync(statement, "PDF", ct);
        return new RenderedDocument(FileName(statement, "pdf"), pdf);
    }

    public async Task<RenderedDocument> ExcelAsync(int companyId, int year, CancellationToken ct = default)
    {
        var statement = await GetAsync(companyId, year, ct);
        var content = CsrStatementWorkbook.Render(statement);
        await RecordExportAsync(statement, "Excel", ct);
        return new RenderedDocument(FileName(statement, "xlsx"), content);
    }

    private Task RecordExportAsync(CsrStatement statement, string format, CancellationToken ct) =>
        audit.RecordAsync(AuditService.Exported, "CsrStatement", statement.CompanyId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            $"{format} tahun {statement.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)}", ct);

    private static string FileName(CsrStatement s, string extension) =>
        $"pernyataan-csr-{FileNames.Part(s.CompanyName).ToLowerInvariant()}-{s.Year}.{extension}";
}
