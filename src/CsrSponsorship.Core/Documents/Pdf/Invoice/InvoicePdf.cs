using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Documents.Pdf.Layout;
using CsrSponsorship.Core.Domain.Companies;

namespace CsrSponsorship.Core.Documents.Pdf;

// The tagihan sent to a sponsoring company: letterhead, title and reference block, recipient, one line per
// programme, total and terbilang, payment instructions, signer with a verification QR code, then the list of
// covered workers as an attachment starting on its own page. Layout only; see InvoicePdfModel.
public static class InvoicePdf
{
    private const string PaymentHeading = "Petunjuk pembayaran";

    private static readonly TextStyle Body = TextStyle.Body with { Size = 11 };
    private static readonly TextStyle Bold = Body with { Font = PdfFontStyle.Bold };
    private static readonly TextStyle Title = TextStyle.BodyBold with { Size = 14, Align = TextAlign.Center, SpaceAfter = 8 };
    private static readonly TableStyle Fields = TableStyle.Borderless with { Body = Body, CellPaddingY = 1, SpaceAfter = 10 };
    private static readonly TableStyle LinesTable = TableStyle.Default with { CellPaddingY = 3, SpaceAfter = 6 };

    private static readonly TableStyle WorkersTable = TableStyle.Default with
    {
        Body = TextStyle.Small with { Size = 9 },
        Header = TextStyle.Small with { Size = 9, Font = PdfFontStyle.Bold },
    };

    public static byte[] Render(InvoicePdfModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        RejectUnmaskedNiks(model.Workers);

        using var composer = new PdfComposer(new PdfComposerOptions
        {
            Title = "Tagihan " + model.Number + (model.Void is null ? "" : " (BATAL)"),
            Subject = "Tagihan iuran BPJS Ketenagakerjaan " + model.CompanyName,
            Author = model.Letterhead.Office,
            Void = model.Void,
        });
        Letterhead.Compose(composer, model.Letterhead);
        ComposeTitle(composer, model);
        ComposeRecipient(composer, model);
        ComposeLines(composer, model);
        ComposeTotalInWords(composer, model);
        ComposePayment(composer, model);
        ComposeSignature(composer, model);
        ComposeWorkers(composer, model);
        return composer.Build();
    }

    private static void ComposeTitle(PdfComposer composer, InvoicePdfModel model)
    {
        composer.Paragraph(model.Void is null ? "TAGIHAN" : "TAGIHAN (BATAL)", Title);
        var fields = new List<(string, string)>
        {
            ("Nomor", model.Number),
            ("Tanggal", IndonesianFormat.Date(model.IssueDate)),
            ("Jatuh tempo", IndonesianFormat.Date(model.DueDate)),
            ("Periode iuran", DocumentText.Period(model.PeriodStart, model.PeriodEnd)),
        };
        if (!string.IsNullOrWhiteSpace(model.LetterReference))
        {
            fields.Add(("Rujukan", model.LetterReference));
        }

        FieldBlock.Compose(composer, fields, 90, Fields);
    }

    private static void ComposeRecipient(PdfComposer composer, InvoicePdfModel model)
    {
        composer.Paragraph("Kepada Yth.", Body);
        composer.Paragraph(model.CompanyName, Bold);
        composer.Paragraph(model.CompanyAddress, Body);
        if (!string.IsNullOrWhiteSpace(model.CompanyNpwp))
        {
            composer.Paragraph("NPWP " + NpwpNumber.Display(model.CompanyNpwp), Body);
        }

        composer.Paragraph(
            "Bersama ini kami sampaikan tagihan iuran BPJS Ketenagakerjaan bagi pekerja bukan penerima upah yang " +
            "dilindungi melalui program tanggung jawab sosial dan lingkungan perusahaan Saudara untuk periode " +
            DocumentText.Period(model.PeriodStart, model.PeriodEnd) + ", dengan rincian sebagai berikut:",
            Body with { Align = TextAlign.Justify, SpaceBefore = 10, SpaceAfter = 6 });
    }

    private static void ComposeLines(PdfComposer composer, InvoicePdfModel model)
    {
        var rows = model.Lines.Select((line, i) => new TableRow(
        [
            Count(i + 1),
            line.Description,
            line.Participants is { } participants ? Count(participants) : string.Empty,
            line.WorkerMonths is { } months ? Count(months) : string.Empty,
            line.UnitAmount is { } unit ? DocumentText.RupiahCell(unit) : string.Empty,
            DocumentText.RupiahCell(line.Amount),
        ])).ToList();
        var total = DocumentText.RupiahCell(model.Total);
        TableColumn[] columns =
        [
            TableColumn.Fixed("No", 24, TextAlign.Center),
            TableColumn.Relative("Uraian"),
            TableColumn.Fixed("Peserta", Math.Max(46, Fit(composer, rows.Select(r => r.Cells[2]), LinesTable, 80)), TextAlign.Right),
            TableColumn.Fixed("Bulan-\npeserta", Math.Max(52, Fit(composer, rows.Select(r => r.Cells[3]), LinesTable, 80)), TextAlign.Right),
            TableColumn.Fixed("Tarif", Math.Max(64, Fit(composer, rows.Select(r => r.Cells[4]), LinesTable, 100)), TextAlign.Right),

            // Measured in bold, as the total row prints, so a large bill still fits on one line.
            TableColumn.Fixed(
                "Jumlah",
                Math.Max(84, Fit(composer, rows.Select(r => r.Cells[5]).Append(total), LinesTable, 120, bold: true)),
                TextAlign.Right),
        ];
        rows.Add(new TableRow(["", "Jumlah tagihan", "", "", "", total]) { Bold = true, Shade = 235 });
        composer.Table(columns, rows, LinesTable);
    }

    private static void ComposeTotalInWords(PdfComposer composer, InvoicePdfModel model) =>
        composer.Paragraph("Terbilang: " + model.TotalInWords, Body with { Font = PdfFontStyle.Italic, SpaceAfter = 10 });

    private static void ComposePayment(PdfComposer composer, InvoicePdfModel model)
    {
        // The instructions travel with the signature: a page holding nothing but a signature is no letter.
        var instructions = Body with { Align = TextAlign.Justify, SpaceAfter = 14 };
        var height = composer.MeasureParagraphHeight(PaymentHeading, Bold)
            + composer.MeasureParagraphHeight(model.PaymentInstructions, instructions)
            + Math.Max(SignatureBlock.Measure(composer, model.Signer), VerificationMark.Size);
        composer.EnsureSpace(height <= composer.Page.ContentHeight ? height : Bold.LineHeight + (Body.LineHeight * 2));
        composer.Paragraph(PaymentHeading, Bold);
        composer.Paragraph(model.PaymentInstructions, instructions);
    }

    private static void ComposeSignature(PdfComposer composer, InvoicePdfModel model)
    {
        composer.EnsureSpace(VerificationMark.Size + Body.LineHeight);
        var signature = SignatureBlock.Compose(composer, model.Signer, rightAligned: true);
        var bottom = VerificationMark.Draw(
            composer,
            model.VerificationUrl,
            "Pindai untuk memeriksa keaslian tagihan",
            composer.ContentLeft,
            signature.Block.Top + Body.LineHeight,
            signature.Block.X - composer.ContentLeft - 12);
        composer.SetCursor(Math.Max(signature.Block.Bottom, bottom));
    }

    private static void ComposeWorkers(PdfComposer composer, InvoicePdfModel model)
    {
        if (model.Workers.Count == 0)
        {
            return;
        }

        composer.NewPage();
        composer.Paragraph("LAMPIRAN: DAFTAR PEKERJA YANG DILINDUNGI", TextStyle.BodyBold with { Align = TextAlign.Center });
        composer.Paragraph(
            $"Tagihan Nomor {model.Number} tanggal {IndonesianFormat.Date(model.IssueDate)}\n" +
            $"{model.CompanyName}, periode iuran {DocumentText.Period(model.PeriodStart, model.PeriodEnd)}",
            TextStyle.Small with { Align = TextAlign.Center, SpaceAfter = 8 });

        var rows = model.Workers.Select((worker, i) => (IReadOnlyList<string>)
        [
            Count(i + 1),
            worker.MaskedNik,
            worker.Name,
            worker.DesaName,
            worker.OccupationName,
            DocumentText.ShortPeriod(worker.PeriodStart, worker.PeriodEnd),
            DocumentText.RupiahCell(worker.Amount),
        ]).ToList();

        // Numbers, NIKs, periods and amounts get the width their longest value needs, so they never wrap;
        // names, villages and occupations share what is left and wrap between words.
        TableColumn[] columns =
        [
            TableColumn.Fixed("No", Fit(composer, rows.Select(r => r[0]).Append("No"), WorkersTable, 30), TextAlign.Right),
            TableColumn.Fixed("NIK", Fit(composer, rows.Select(r => r[1]).Append("NIK"), WorkersTable, 90)),
            TableColumn.Relative("Nama", 1.65),
            TableColumn.Relative("Desa", 1.1),
            TableColumn.Relative("Pekerjaan", 1.45),
            TableColumn.Fixed("Periode", Fit(composer, rows.Select(r => r[5]).Append("Periode"), WorkersTable, 100)),
            TableColumn.Fixed("Jumlah", Fit(composer, rows.Select(r => r[6]).Append("Jumlah"), WorkersTable, 75), TextAlign.Right),
        ];
        composer.Table(columns, rows, WorkersTable);
    }

    // UU 27/2022 (PDP): the invoice goes to the company, so a full NIK here is a leak, not a formatting slip.
    private static void RejectUnmaskedNiks(IReadOnlyList<InvoicePdfWorker> workers)
    {
        foreach (var worker in workers)
        {
            if (worker.MaskedNik.Count(char.IsAsciiDigit) >= 16)
            {
                throw new ArgumentException("Lampiran tagihan hanya boleh memuat NIK yang disamarkan.", nameof(workers));
            }
        }
    }

    // A column as wide as its widest value (headers measured in bold, like bold rows), capped at `max`.
    private static double Fit(PdfComposer composer, IEnumerable<string> values, TableStyle table, double max, bool bold = false)
    {
        var style = bold ? table.Header : table.Body;
        var widest = values.Distinct().Select(text => composer.MeasureWidth(text, style)).DefaultIfEmpty(0).Max();
        return Math.Min(max, Math.Ceiling(widest + (2 * table.CellPaddingX) + 1));
    }

    private static string Count(int value) => IndonesianFormat.Thousands(value);
}
