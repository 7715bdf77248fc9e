using System.Diagnostics;
using System.Globalization;
using CsrSponsorship.Core.Domain.CircularLetters;
using CsrSponsorship.Core.Domain.Companies;
using CsrSponsorship.Core.Features.CircularLetters;

namespace CsrSponsorship.Benchmarks;

// One signed circular letter to N companies (default 1,000), measured through LetterDocumentService:
//   dotnet run -c Release --project tests/CsrSponsorship.Benchmarks -- letters [--recipients 1000]
// The parent seeds a fresh database, then runs the measurement in a child process of its own, so the peak working
// set is the combined file's, not the seeding's. Stopwatch figures, not BenchmarkDotNet: one combined file takes
// seconds, and its peak memory needs a process of its own.
public static class CircularLetterBenchmarks
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length >= 3 && args[0] == "letters-measure")
        {
            return await MeasureAsync(args[1], int.Parse(args[2], CultureInfo.InvariantCulture));
        }

        var recipients = args.Length >= 3 && args[1] == "--recipients" ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1000;
        var path = Path.Combine(Path.GetTempPath(), "csr-bench", $"letters-{recipients}-{Environment.ProcessId}.db");
        int id;
        await using (var app = await BenchApp.StartAsync(path))
        {
            id = await SeedAsync(app, recipients);
        }

        Console.WriteLine($"// seeded a signed letter to {recipients:N0} companies in {path}");
        using var child = Process.Start(new ProcessStartInfo(Environment.ProcessPath!, ["letters-measure", path, id.ToString(CultureInfo.InvariantCulture)]) { UseShellExecute = false })!;
        await child.WaitForExitAsync();
        foreach (var file in Directory.GetFiles(Path.GetDirectoryName(path)!, Path.GetFileName(path) + "*"))
        {
            File.Delete(file);
        }

        return child.ExitCode;
    }

    private static async Task<int> SeedAsync(BenchApp app, int recipients)
    {
        var now = DateTime.UtcNow;
        await using var db = await app.DbAsync();
        var companies = Enumerable.Range(1, recipients)
            .Select(i => Company.Create($"PT Sintetis Kalimantan Selatan {i:0000}", $"Jalan Raya Pelaihari Km. {i}, Kabupaten Tanah Laut", null, now))
            .ToList();
        db.Companies.AddRange(companies);
        await db.SaveChangesAsync();

        var signer = new LetterSigner(
            SignerOffice.KepalaDinas, SignerAuthority.Langsung, "KEPALA DINAS TENAGA KERJA DAN PERINDUSTRIAN", null,
            "AHMAD FAUZI", "S.T., M.M.", "Pembina Utama Muda (IV/c)", "197001012000031002");
        var letter = CircularLetter.Draft(LetterTemplates.CsrAppeal(signer), "bench-drafter", "drafter@bench.local", now);
        letter.Submit("bench-drafter", "drafter@bench.local", now);
        letter.Approve("bench-admin", "admin@bench.local", now);
        db.CircularLetters.Add(letter);
        await db.SaveChangesAsync();
        var renderer = app.Get<LetterRenderer>();
        var today = DateOnly.FromDateTime(now.AddHours(8));
        const string number = "500.15.10/1/Disnakerind/2026";
        letter.Sign(number, today, renderer.Render(letter.Content, number, today, letter.VerificationToken), "bench-admin", "admin@bench.local", now);

        // Every third company gets a suggestion, so copies differ in more than the addressee, as in real letters.
        letter.SetRecipients(
            [.. companies.Select((c, i) => (c.Id, c.LegalName, i % 3 == 0 ? (int?)(10 + i) : null, i % 3 == 0 ? (int?)6 : null))],
            "bench-admin", "admin@bench.local", now);
        await db.SaveChangesAsync();
        return letter.Id;
    }

    private static async Task<int> MeasureAsync(string path, int id)
    {
        await using var app = await BenchApp.StartAsync(path);
        var documents = app.Get<LetterDocumentService>();
        List<int> companyIds;
        await using (var db = await app.DbAsync())
        {
            companyIds = [.. db.LetterRecipients.Where(r => r.LetterId == id).OrderBy(r => r.CompanyId).Select(r => r.CompanyId)];
        }

        // Warm-up: JIT, fonts, EF model.
        await documents.CompanyCopyAsync(id, companyIds[0]);

        var copies = new List<double>();
        foreach (var companyId in companyIds.Take(60))
        {
            var watch = Stopwatch.StartNew();
            await documents.CompanyCopyAsync(id, companyId);
            copies.Add(watch.Elapsed.TotalMilliseconds);
        }

        copies.Sort();
        GC.Collect();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var total = Stopwatch.StartNew();
        var bytes = await CombinedAsync(documents, id);
        total.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"letter_recipients {companyIds.Count}, letter_combined_s {total.Elapsed.TotalSeconds:0.00}, combined_bytes {bytes:N0}, " +
            $"allocated_mb {allocated / 1048576.0:0}, letter_peak_mb {self.PeakWorkingSet64 / 1048576.0:0}, " +
            $"letter_single_copy_ms median {copies[copies.Count / 2]:0.0} (min {copies[0]:0.0}, max {copies[^1]:0.0}, n {copies.Count})"));
        return 0;
    }

    // As the endpoint does: written to a temporary file, then copied out (here to nowhere).
    private static async Task<long> CombinedAsync(LetterDocumentService documents, int id)
    {
        await using var file = await documents.CombinedPdfFileAsync(id);
        var length = file.Content.Length;
        await file.Content.CopyToAsync(Stream.Null);
        return length;
    }
}
