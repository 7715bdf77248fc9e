using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Data;
using CsrSponsorship.Core.Documents.Excel;
using CsrSponsorship.Core.Documents.Pdf;
using CsrSponsorship.Core.Domain.Contributions;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Domain.Payments;
using CsrSponsorship.Core.Domain.Sponsorships;
using CsrSponsorship.Core.Features.Audit;
using CsrSponsorship.Core.Features.Identity;
using CsrSponsorship.Core.Features.Invoicing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using InvoiceLetterhead = CsrSponsorship.Core.Features.Invoicing.Letterhead;

namespace CsrSponsorship.Core.Features.Reports;

public sealed record CsrStatementDesa(string DesaCode, string DesaName, string KecamatanName, int Workers, int WorkerMonths, long Amount);

public sealed record CsrStatement(
    int CompanyId, string CompanyName, string? CompanyNpwp, int Year, int Workers, int WorkerMonths, long Amount, long PaidInYear,
    IReadOnlyList<CsrStatementDesa> Desa, DateOnly PreparedOn, InvoiceLetterhead Letterhead)
{
    public int DesaCovered => Desa.Count;
}

// The company's yearly figures for its TJSL/PPM report. Counted: sponsorships paid for (Aktif or Berakhir)
// whose first month is in the year, the same basis as the CSR budget on the adoption page.
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
        var since = new YearMonth(year, 1);
        var until = new YearMonth(year, 12);
        var paidFor = from s in db.Sponsorships.AsNoTracking()
                      where s.CompanyId == companyId && (s.Status == SponsorshipStatus.Aktif || s.Status == SponsorshipStatus.Berakhir)
                            && s.StartMonth >= since && s.StartMonth <= until
                      join w in db.Workers on s.WorkerId equals w.Id
                      select new { s.WorkerId, s.Months, s.EstimatedTotal, w.DesaCode };
        var perDesa = await (from r in paidFor
                             join d in db.Desa on r.DesaCode equals d.Code
                             group r by new { d.Code, d.Name, Kecamatan = d.Kecamatan!.Name } into g
                             select new CsrStatementDesa(g.Key.Code, g.Key.Name, g.Key.Kecamatan, g.Select(r => r.WorkerId).Distinct().Count(),
                                 g.Sum(r => r.Months), g.Sum(r => r.EstimatedTotal))).ToListAsync(ct);
        var workers = await paidFor.Select(r => r.WorkerId).Distinct().CountAsync(ct);
        var yearFrom = since.FirstDay;
        var yearTo = until.LastDay;
        var paid = await (from p in db.Payments
                          join i in db.Invoices on p.InvoiceId equals i.Id
                          where i.CompanyId == companyId && p.Status == PaymentStatus.Sah && p.PaidOn >= yearFrom && p.PaidOn <= yearTo
                          select p.Amount).SumAsync(ct);
        return new CsrStatement(
            companyId, company.LegalName, company.Npwp, year, workers, perDesa.Sum(d => d.WorkerMonths), perDesa.Sum(d => d.Amount), paid,
            [.. perDesa.OrderBy(d => d.DesaCode, StringComparer.Ordinal)], Wita.Today(clock), InvoiceService.Letterhead(options.Value));
    }

    public async Task<RenderedDocument> PdfAsync(int companyId, int year, CancellationToken ct = default)
    {
        var statement = await GetAsync(companyId, year, ct);
        var l = statement.Letterhead;
        var pdf = CsrStatementPdf.Render(statement, new LetterheadModel(l.Regency, l.Office, l.Address, l.Website, l.Email));
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
