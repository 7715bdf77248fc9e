using System.Diagnostics;
using CsrSponsorship.Core.Domain.CircularLetters;
using CsrSponsorship.Core.Domain.Contributions;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Features.CircularLetters;
using CsrSponsorship.Core.Features.Invoicing;
using CsrSponsorship.Core.Features.Reports;

namespace CsrSponsorship.Benchmarks.Scale;

// The documents behind the download buttons: a signed circular letter to every seeded company (combined and one copy),
// invoice PDFs, and the Peserta Disponsori Excel of the month the seed filled with exactly --excel-rows rows.
public static class DocumentMeasurements
{
    private static readonly LetterSigner KepalaDinas = new(
        SignerOffice.KepalaDinas, SignerAuthority.Langsung, "KEPALA DINAS TENAGA KERJA DAN PERINDUSTRIAN", null,
        "AHMAD FAUZI", "S.T., M.M.", "Pembina Utama Muda (IV/c)", "197001012000031002");

    public static async Task<LetterFigures> LetterAsync(BenchApp app, ScaleDatabase database, ScaleOptions options)
    {
        var letters = app.Get<CircularLetterService>();
        var distribution = app.Get<LetterDistributionService>();
        var documents = app.Get<LetterDocumentService>();
        app.ActAs(Roles.Disnakerind);
        var id = await letters.CreateDraftAsync(letters.NewFromTemplate() with { Signer = KepalaDinas });
        await letters.SubmitAsync(id);
        app.ActAs(Roles.Admin);
        await letters.ApproveAsync(id);
        await letters.SignAsync(id);
        await distribution.SetRecipientsAsync(id, [.. Enumerable.Range(1, options.LetterRecipients).Select(c => new RecipientChoice(c))]);
        await distribution.DistributeAsync(id, DeliveryChannel.Email);

        app.ActAs(Roles.Disnakerind);
        var combined = await Timing.MedianMsAsync(options.HeavyRuns, _ => documents.CombinedPdfAsync(id), warmUp: false);
        var single = await Timing.MedianMsAsync(options.Runs, run => documents.CompanyCopyAsync(id, (run % options.LetterRecipients) + 1));
        var peak = options.Peaks ? await PeakProbe.MeasureAsync(database, "letter", id.ToString(System.Globalization.CultureInfo.InvariantCulture)) : 0;
        return new LetterFigures(combined / 1_000, peak, single);
    }

    // Renders per second on one thread, over different invoices.
    public static async Task<double> InvoicePdfPerSecondAsync(BenchApp app, int runs, int invoices)
    {
        app.ActAs(Roles.Keuangan);
        var pdfs = app.Get<InvoiceDocumentService>();
        await pdfs.InvoicePdfAsync(1);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < runs; i++)
        {
            await pdfs.InvoicePdfAsync((i % invoices) + 1);
        }

        return runs / clock.Elapsed.TotalSeconds;
    }

    public static async Task<ExcelFigures> ExcelAsync(BenchApp app, ScaleDatabase database, ScaleOptions options, YearMonth month)
    {
        app.ActAs(Roles.Keuangan);
        var reports = app.Get<ReportService>();
        var seconds = await Timing.MedianMsAsync(options.HeavyRuns, _ => reports.PesertaDisponsoriAsync(month), warmUp: false) / 1_000;
        var peak = options.Peaks ? await PeakProbe.MeasureAsync(database, "excel", month.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)) : 0;
        return new ExcelFigures(seconds, peak);
    }
}

public sealed record LetterFigures(double CombinedS, double PeakMb, double SingleCopyMs);

public sealed record ExcelFigures(double Seconds, double PeakMb);
