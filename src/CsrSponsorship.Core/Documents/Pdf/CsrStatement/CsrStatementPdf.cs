using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Documents;
using CsrSponsorship.Core.Documents.Pdf.Layout;
using CsrSponsorship.Core.Domain.Companies;

namespace CsrSponsorship.Core.Documents.Pdf;

// The yearly CSR statement a company pastes into its TJSL/PPM report: headline figures, then one row per
// desa with a total. Layout only; the figures come computed from CsrStatementService.
public static class CsrStatementPdf
{
    private static readonly TextStyle Body = TextStyle.Body with { Size = 11 };
    private static readonly TextStyle Title = TextStyle.BodyBold with { Size = 14, Align = TextAlign.Center, SpaceAfter = 2 };
    private static readonly TextStyle Subtitle = Body with { Align = TextAlign.Center, SpaceAfter = 10 };
    private static readonly TableStyle Fields = TableStyle.Borderless with { Body = Body, CellPaddingY = 1, SpaceAfter = 10 };
    private static readonly TableStyle Figures = TableStyle.Default with { Body = Body, Header = Body with { Font = PdfFontStyle.Bold }, CellPaddingY = 3, SpaceAfter = 12 };
    private static readonly TableStyle DesaTable = TableStyle.Default with { SpaceAfter = 10 };

    public static byte[] Render(CsrStatement model, LetterheadModel letterhead)
    {
        ArgumentNullException.ThrowIfNull(model);
        using var composer = new PdfComposer(new PdfComposerOptions
        {
            Title = $"Pernyataan CSR {model.CompanyName} {model.Year}",
            Subject = "Perlindungan BPJS Ketenagakerjaan pekerja rentan melalui CSR",
            Author = letterhead.Office,
        });
        Letterhead.Compose(composer, letterhead);
        ComposeTitle(composer, model);
        ComposeFigures(composer, model);
        ComposeDesa(composer, model);
        ComposeNote(composer, model);
        return composer.Build();
    }

    private static void ComposeTitle(PdfComposer composer, CsrStatement model)
    {
        composer.Paragraph("PERNYATAAN KONTRIBUSI CSR", Title);
        composer.Paragraph($"Perlindungan BPJS Ketenagakerjaan bagi Pekerja Rentan Tahun {model.Year}", Subtitle);
        var fields = new List<(string, string)> { ("Perusahaan", model.CompanyName) };
        if (!string.IsNullOrWhiteSpace(model.CompanyNpwp))
        {
            fields.Add(("NPWP", NpwpNumber.Display(model.CompanyNpwp)));
        }

        fields.Add(("Tahun", Year(model)));
        fields.Add(("Dasar", $"bulan kepesertaan Januari–Desember {Year(model)} (lihat catatan)"));
        fields.Add(("Disusun", IndonesianFormat.Date(model.PreparedOn)));
        FieldBlock.Compose(composer, fields, 90, Fields);
    }

    private static void ComposeFigures(PdfComposer composer, CsrStatement model)
    {
        TableColumn[] columns = [TableColumn.Relative("Uraian"), TableColumn.Fixed("Jumlah", 150, TextAlign.Right)];
        TableRow[] rows =
        [
            new(["Pekerja yang didanai", IndonesianFormat.Thousands(model.Workers) + " orang"]),
            new([$"Bulan-peserta dalam tahun {Year(model)}", IndonesianFormat.Thousands(model.WorkerMonths)]),
            new(["Desa/kelurahan yang dijangkau", IndonesianFormat.Thousands(model.DesaCovered)]),
            new(["Iuran ditagihkan", IndonesianFormat.Rupiah(model.Invoiced)]),
            new(["Iuran dibayar", IndonesianFormat.Rupiah(model.Paid)]) { Bold = true },
        ];
        composer.Table(columns, rows, Figures);
    }

    private static void ComposeDesa(PdfComposer composer, CsrStatement model)
    {
        composer.Paragraph("Rincian per desa/kelurahan", Body with { Font = PdfFontStyle.Bold, SpaceAfter = 4 });
        var rows = model.Desa.Select((d, i) => new TableRow(
        [
            IndonesianFormat.Thousands(i + 1), d.DesaName, d.KecamatanName, IndonesianFormat.Thousands(d.Workers),
            IndonesianFormat.Thousands(d.WorkerMonths), DocumentText.RupiahCell(d.Invoiced), DocumentText.RupiahCell(d.Paid),
        ])).ToList();
        rows.Add(new TableRow(
            ["", "Jumlah", "", IndonesianFormat.Thousands(model.Workers), IndonesianFormat.Thousands(model.WorkerMonths),
                DocumentText.RupiahCell(model.Invoiced), DocumentText.RupiahCell(model.Paid)])
        {
            Bold = true,
            Shade = 235,
        });
        TableColumn[] columns =
        [
            TableColumn.Fixed("No", 26, TextAlign.Right),
            TableColumn.Relative("Desa/kelurahan", 1.3),
            TableColumn.Relative("Kecamatan"),
            TableColumn.Fixed("Pekerja", 50, TextAlign.Right),
            TableColumn.Fixed("Bulan-\npeserta", 54, TextAlign.Right),
            TableColumn.Fixed("Ditagihkan", 84, TextAlign.Right),
            TableColumn.Fixed("Dibayar", 84, TextAlign.Right),
        ];
        composer.Table(columns, rows, DesaTable);
    }

    private static void ComposeNote(PdfComposer composer, CsrStatement model) =>
        composer.Paragraph(
            model.Basis + " Sumber: aplikasi CSR Kepesertaan BPJS Ketenagakerjaan, " + composer.Options.Author + ".",
            TextStyle.Small with { Align = TextAlign.Justify });

    private static string Year(CsrStatement model) => model.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
