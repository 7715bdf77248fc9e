using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Data;
using CsrSponsorship.Core.Documents.Excel;
using CsrSponsorship.Core.Documents.Pdf;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Features.Audit;
using CsrSponsorship.Core.Features.Identity;
using CsrSponsorship.Core.Features.Invoicing;
using CsrSponsorship.Core.Features.Sponsorships;
using CsrSponsorship.Core.Features.Wilayah;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using InvoiceLetterhead = CsrSponsorship.Core.Features.Invoicing.Letterhead;

namespace CsrSponsorship.Core.Features.Reports;

public sealed record CsrStatementDesa(string DesaCode, string DesaName, string KecamatanName, int Workers, int WorkerMonths, long Invoiced, long Paid);

public sealed record CsrStatement(
    int CompanyId, string CompanyName, string? CompanyNpwp, int Year, int Workers, int WorkerMonths, long Invoiced, long Paid,
    IReadOnlyList<CsrStatementDesa> Desa, DateOnly PreparedOn, InvoiceLetterhead Letterhead)
{
    public int DesaCovered => Desa.Count;

    // Printed on the PDF and the sheet alike, so that a reader knows what every figure counts (decision 0131).
    public string Basis =>
        $"Semua angka dihitung per bulan kepesertaan yang jatuh pada Januari–Desember {Year.ToString(System.Globalization.CultureInfo.InvariantCulture)}, "
        + "dari kepesertaan yang sudah ditagihkan (tagihan terbit dan tidak dibatalkan); kepesertaan yang melewati pergantian tahun dibagi menurut bulannya. "
        + "Ditagihkan: jumlah yang dibekukan pada tagihan. Dibayar: pembayaran sah atas tagihan itu, dibagi ke bulan kepesertaan sebanding dengan "
        + "jumlah tagihannya, apa pun tanggal bayarnya. Perlindungan berlaku untuk bulan yang tagihannya sudah lunas. "
        + "Seorang pekerja yang didanai lebih dari satu kali dihitung sekali pada jumlah pekerja.";
}

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
            billed.Sum(s => s.Invoiced), billed.Sum(s => s.Paid), perDesa, Wita.Today(clock), InvoiceService.Letterhead(options.Value));
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
