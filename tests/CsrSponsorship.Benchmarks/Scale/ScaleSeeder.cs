using System.Diagnostics;
using System.Globalization;
using CsrSponsorship.Core.Data;
using CsrSponsorship.Core.Domain.Audit;
using CsrSponsorship.Core.Domain.Companies;
using CsrSponsorship.Core.Domain.Contributions;
using CsrSponsorship.Core.Domain.Invoicing;
using CsrSponsorship.Core.Domain.Payments;
using CsrSponsorship.Core.Domain.Sponsorships;
using CsrSponsorship.Core.Domain.Workers;
using Microsoft.EntityFrameworkCore;

namespace CsrSponsorship.Benchmarks.Scale;

// The synthetic province (decision 0210): domain objects made by the domain's own factories and verbs (so names are
// normalised, NIKs valid, totals priced by InvoiceCalculator), written through one IBulkWriter. Deterministic per size.
public sealed class ScaleSeeder(ScaleOptions options, TextWriter log)
{
    private const string Clerk = "bench-seed";
    private static readonly Occupation[] Jobs = [.. Occupations.All.Where(o => !o.RequiresFreeText)];

    private readonly Random random = new(42);
    private readonly List<TableShape> written = [];
    private readonly DateTime now = DateTime.UtcNow;
    private readonly DateOnly today = SyntheticData.TodayWita;
    private readonly Stopwatch elapsed = new();

    // Since the first row, for the progress lines.
    private string Seconds => string.Create(CultureInfo.InvariantCulture, $"{elapsed.Elapsed.TotalSeconds:0.0} s");

    // The month the Excel measurement exports: one single-month sponsorship per row, after every planned one ends.
    public YearMonth ExcelMonth => YearMonth.FromDate(today).AddMonths(14);

    public async Task<SeedResult> SeedAsync(AppDbContext db, IBulkWriter writer)
    {
        var desa = await db.Desa.AsNoTracking().OrderBy(d => d.Code).Select(d => new Place(d.Code, d.KecamatanCode, d.Name)).ToListAsync();
        var rates = (await db.RateVersions.AsNoTracking().Include(r => r.DiscountWindows).ToListAsync()).Select(r => r.ToRateVersion()).ToList();
        var discount = await db.ProgrammeSettings.AsNoTracking().Select(s => s.ApplyDiscountToCsr).SingleOrDefaultAsync();
        var plan = SponsorshipPlan.Make(options, YearMonth.FromDate(today), random);
        // The migration and the start-up already wrote a few audit rows; the seeded ones follow them.
        var auditFrom = await db.AuditEntries.MaxAsync(a => (long?)a.Id) ?? 0;

        elapsed.Start();
        var terms = WriteWorkers(db, writer, desa, plan);
        var companies = WriteCompanies(db, writer, desa);
        WriteSponsorships(db, writer, plan);
        WriteInvoices(db, writer, plan, terms, companies, rates, discount);
        WriteAuditLog(db, writer, auditFrom);
        log.WriteLine($"  committing ({Seconds} so far)");
        await writer.CommitAsync(written);
        return new SeedResult(ExcelMonth, [.. plan.Invoices.Take(options.PaymentWriters).Select(i => i.Id)], plan.Invoices.Count);
    }

    private Dictionary<int, InvoiceWorkerTerms> WriteWorkers(AppDbContext db, IBulkWriter writer, List<Place> desa, SponsorshipPlan plan)
    {
        var shape = Begin<Worker>(db, writer);
        var programme = desa.Where(d => d.KecamatanCode is "63.01.02" or "63.01.07").ToList();
        var paid = plan.Sponsorships.Where(s => s.Paid).Select(s => s.WorkerId).ToHashSet();
        var planned = plan.Sponsorships.ToDictionary(s => s.WorkerId);
        var terms = new Dictionary<int, InvoiceWorkerTerms>(planned.Count);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < options.Workers; i++)
        {
            var id = i + 1;
            // Half of the registry lives in the programme area (Jorong, Kintap), the rest anywhere in Tanah Laut.
            var home = i % 2 == 0 ? programme[random.Next(programme.Count)] : desa[random.Next(desa.Count)];
            var (nik, born, sex) = SyntheticData.Identity(i, home.KecamatanCode[^2..]);
            var occupation = Jobs[random.Next(Jobs.Length)];
            var data = new ValidWorker(
                nik, SyntheticData.Name(random), "Pelaihari", born, sex, home.Code, home.KecamatanCode, "001", "002", "Jl. Contoh", null,
                occupation.Code, null, 1_000_000, null, Provenance.Loket, "Petugas Loket", today.AddDays(-30), null);
            var worker = Worker.Register(data, Clerk, now.AddMinutes(-i));
            // Only verified workers can be sponsored; a paid invoice makes them Disponsori (PaymentService does the same).
            if (planned.ContainsKey(id) || i < options.ExcelRows || random.Next(20) < 5)
            {
                worker.Verify(Clerk, now);
            }
            else if (random.Next(20) < 3)
            {
                worker.Deactivate();
            }

            if (paid.Contains(id))
            {
                worker.MarkSponsored();
            }

            if (planned.TryGetValue(id, out var s))
            {
                terms[id] = new InvoiceWorkerTerms(
                    s.Id, id, worker.FullName, nik, home.Name, occupation.Name, 1_000_000, occupation.Sector, false, s.Start, s.Months);
            }

            writer.Write(shape.Values(worker, id));
            if (id % 50_000 == 0)
            {
                log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {id:N0} workers ({id / clock.Elapsed.TotalSeconds:N0} per second)"));
            }
        }

        writer.EndTable();
        return terms;
    }

    private List<Company> WriteCompanies(AppDbContext db, IBulkWriter writer, List<Place> desa)
    {
        var shape = Begin<Company>(db, writer);
        var companies = new List<Company>(options.Companies);
        for (var c = 1; c <= options.Companies; c++)
        {
            var company = Company.Create($"PT Skala Provinsi {c:0000}", $"Jl. Industri No. {c}, Pelaihari", null, now);
            company.SetOperatingDesa([desa[c % desa.Count].Code]);
            companies.Add(company);
            writer.Write(shape.Values(company, c));
        }

        writer.EndTable();
        var operating = Begin<CompanyOperatingDesa>(db, writer);
        for (var c = 1; c <= companies.Count; c++)
        {
            foreach (var d in companies[c - 1].OperatingDesa)
            {
                writer.Write(operating.Values(d, null, ("CompanyId", c)));
            }
        }

        writer.EndTable();
        log.WriteLine($"  {companies.Count:N0} companies ({Seconds})");
        return companies;
    }

    // The planned sponsorships moved through the same verbs the services use, then the Excel month's one-month ones.
    private void WriteSponsorships(AppDbContext db, IBulkWriter writer, SponsorshipPlan plan)
    {
        var current = YearMonth.FromDate(today);
        SponsorshipOutcome[] outcomes = [SponsorshipOutcome.Diperpanjang, SponsorshipOutcome.Mandiri, SponsorshipOutcome.Dialihkan, SponsorshipOutcome.Nonaktif];
        var all = new List<Sponsorship>(plan.Sponsorships.Count + options.ExcelRows);
        var batch = Guid.NewGuid();
        foreach (var p in plan.Sponsorships)
        {
            // A past start is allowed by passing it as the current month, as if it had been proposed then.
            var s = Sponsorship.Create(new SponsorshipTerms(batch, p.CompanyId, p.WorkerId, FundingSource.Csr, null, false, p.Start, p.Months), p.Months * 16_800L, Clerk, now, p.Start);
            if (p.Invoiced)
            {
                s.MarkInvoiced();
            }

            if (p.Paid)
            {
                s.MarkPaid();
                if (s.EndMonth < current && random.Next(10) < 7)
                {
                    s.RecordOutcome(outcomes[random.Next(outcomes.Length)], null, Clerk, now, current);
                }
            }

            all.Add(s);
        }

        for (var i = 0; i < options.ExcelRows; i++)
        {
            all.Add(Sponsorship.Create(new SponsorshipTerms(batch, (i % options.Companies) + 1, i + 1, FundingSource.Csr, null, false, ExcelMonth, 1), 16_800L, Clerk, now, current));
        }

        var shape = Begin<Sponsorship>(db, writer);
        for (var i = 0; i < all.Count; i++)
        {
            writer.Write(shape.Values(all[i], i + 1));
        }

        writer.EndTable();
        var coverage = Begin<CoverageMonth>(db, writer);
        var coverageId = 0L;
        for (var i = 0; i < all.Count; i++)
        {
            foreach (var month in all[i].Coverage)
            {
                writer.Write(coverage.Values(month, ++coverageId, ("SponsorshipId", i + 1)));
            }
        }

        writer.EndTable();
        log.WriteLine($"  {all.Count:N0} sponsorships, {coverageId:N0} covered months ({Seconds})");
    }

    private void WriteInvoices(
        AppDbContext db, IBulkWriter writer, SponsorshipPlan plan, Dictionary<int, InvoiceWorkerTerms> terms,
        List<Company> companies, List<RateVersion> rates, bool discount)
    {
        var invoices = new List<(Invoice Invoice, Payment? Payment)>(plan.Invoices.Count);
        foreach (var p in plan.Invoices)
        {
            var company = companies[p.CompanyId - 1];
            var content = InvoiceCalculator.Calculate(rates, [.. p.Sponsorships.Select(s => terms[s.WorkerId])], discount);
            var issued = p.Start.FirstDay < today ? p.Start.FirstDay : today;
            var invoice = Invoice.Draft(p.CompanyId, content, Invoice.LatestDueDate(p.Start), null, issued, Clerk, now);
            invoice.Issue(string.Create(CultureInfo.InvariantCulture, $"900.1/{p.Id:000000}/SKALA"), issued, content, DocumentAddressee.Of(company), Clerk, now);
            Payment? payment = null;
            if (p.Paid)
            {
                var paidOn = issued.AddDays(random.Next(0, 10)) is var d && d > today ? today : d;
                payment = Payment.Record(0, paidOn, invoice.Total, PaymentMethod.TransferBpjs, $"SKALA-{p.Id}", null, Clerk, now, today);
                invoice.RecordPayment(payment);
                invoice.MarkCoverageActivated(now);
                payment.IssueReceipt(string.Create(CultureInfo.InvariantCulture, $"KW/{p.Id:000000}/SKALA"), paidOn, DocumentAddressee.Of(company));
            }

            invoices.Add((invoice, payment));
        }

        var invoiceShape = Begin<Invoice>(db, writer);
        for (var i = 0; i < invoices.Count; i++)
        {
            writer.Write(invoiceShape.Values(invoices[i].Invoice, i + 1));
        }

        writer.EndTable();
        WriteChildren<InvoiceLine>(db, writer, invoices.Select(x => x.Invoice.Lines));
        WriteChildren<InvoiceWorker>(db, writer, invoices.Select(x => x.Invoice.Workers));
        var paymentId = 0;
        var shape = Begin<Payment>(db, writer);
        for (var i = 0; i < invoices.Count; i++)
        {
            if (invoices[i].Payment is { } payment)
            {
                writer.Write(shape.Values(payment, ++paymentId, ("InvoiceId", i + 1)));
            }
        }

        writer.EndTable();
        log.WriteLine($"  {invoices.Count:N0} invoices, {paymentId:N0} payments ({Seconds})");
    }

    // The audit log the province's staff would have left (--audit-rows, twice the workers by default): two years of
    // rows, oldest first, a mix of actions, entities and 200 users, as the log page lists and filters them.
    private void WriteAuditLog(AppDbContext db, IBulkWriter writer, long idFrom)
    {
        string[] actions = [AuditActions.Created, AuditActions.Updated, AuditActions.Updated, AuditActions.Created, "SignedIn", "NikRevealed", "Exported", AuditActions.Deleted];
        string[] entities = ["Worker", "Worker", "Sponsorship", "Invoice", "Payment", "User", "Company", "CircularLetter"];
        var shape = Begin<AuditEntry>(db, writer);
        var start = now.AddDays(-730);
        var step = TimeSpan.FromDays(730) / Math.Max(1, options.AuditRows);
        for (var i = 0; i < options.AuditRows; i++)
        {
            var user = i % 200;
            var actor = new AuditActor(string.Create(CultureInfo.InvariantCulture, $"bench-user-{user:000}"), string.Create(CultureInfo.InvariantCulture, $"Petugas Skala {user:000}"));
            var entry = AuditEntry.Create(
                start + (step * i), actor, actions[random.Next(actions.Length)], entities[random.Next(entities.Length)],
                (i % 100_000).ToString(CultureInfo.InvariantCulture), null, "{\"Status\":\"Terverifikasi\"}");
            writer.Write(shape.Values(entry, idFrom + i + 1));
        }

        writer.EndTable();
        log.WriteLine($"  {options.AuditRows:N0} audit rows ({Seconds})");
    }

    // Lines and attachment rows of invoice n (1-based), numbered on from one.
    private void WriteChildren<T>(AppDbContext db, IBulkWriter writer, IEnumerable<IEnumerable<T>> perInvoice)
        where T : notnull
    {
        var shape = Begin<T>(db, writer);
        var id = 0;
        var invoiceId = 0;
        foreach (var children in perInvoice)
        {
            invoiceId++;
            foreach (var child in children)
            {
                writer.Write(shape.Values(child, ++id, ("InvoiceId", invoiceId)));
            }
        }

        writer.EndTable();
    }

    private TableShape Begin<T>(AppDbContext db, IBulkWriter writer)
    {
        var shape = TableShape.Of<T>(db);
        written.Add(shape);
        writer.BeginTable(shape);
        return shape;
    }

    private sealed record Place(string Code, string KecamatanCode, string Name);
}

public sealed record SeedResult(YearMonth ExcelMonth, IReadOnlyList<int> UnpaidInvoiceIds, int Invoices);
