using CsrSponsorship.Core.Documents.Pdf;
using CsrSponsorship.Core.Domain.CircularLetters;

namespace CsrSponsorship.Tests.Documents.Pdf;

public sealed class CircularLetterPdfTests
{
    internal static readonly LetterSigner KepalaDinas = new(
        SignerOffice.KepalaDinas, SignerAuthority.Langsung, "KEPALA DINAS TENAGA KERJA DAN PERINDUSTRIAN", null,
        "AHMAD FAUZI", "S.T., M.M.", "Pembina Utama Muda (IV/c)", "197001012000031002");

    [Fact]
    public void Page_one_reads_letterhead_Yth_title_number_subject_sections_foot_signer_then_Tembusan()
    {
        var pdf = CircularLetterPdf.Render(Model(KepalaDinas, "500.15.10/7/Disnakerind/2026"));

        using var document = PdfTestFiles.Open(pdf);
        var text = PdfTestFiles.Words(document.GetPage(1));
        string[] expected =
        [
            "PEMERINTAH KABUPATEN TANAH LAUT", "DINAS TENAGA KERJA DAN PERINDUSTRIAN", "Yth.", "Pimpinan PT Uji Coba", "di", "SURAT EDARAN",
            "NOMOR 500.15.10/7/Disnakerind/2026", "TENTANG", "DUKUNGAN CSR", "Latar Belakang", "Maksud dan Tujuan", "Ruang Lingkup", "Dasar",
            "Undang-Undang Nomor 40", "Isi Edaran", "Rp 16.800", "Penutup", "Ditetapkan di Pelaihari", "pada tanggal 18 Juni 2026",
            "KEPALA DINAS", "AHMAD FAUZI, S.T., M.M.", "Pembina Utama Muda (IV/c)", "NIP. 19700101 200003 1 002", "Tembusan:", "Bupati Tanah Laut",
        ];
        var at = 0;
        foreach (var part in expected)
        {
            var found = text.IndexOf(part, at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"\"{part}\" not found after position {at} in: {text}");
            at = found + part.Length;
        }
    }

    [Fact]
    public void An_unsigned_letter_prints_no_number_and_no_verification_code()
    {
        var text = string.Join(' ', PdfTestFiles.PageTexts(CircularLetterPdf.Render(Model(KepalaDinas, null))));

        Assert.Contains("NOMOR …", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Pindai", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Kepala_Dinas_prints_title_rank_and_NIP()
    {
        var lines = SignerRules.Apply(KepalaDinas);

        Assert.Equal("AHMAD FAUZI, S.T., M.M.", lines.Name);
        Assert.Equal("Pembina Utama Muda (IV/c)", lines.Rank);
        Assert.Equal("197001012000031002", lines.Nip);
        Assert.Equal(["KEPALA DINAS TENAGA KERJA DAN PERINDUSTRIAN,"], lines.Position);
    }

    [Fact]
    public void A_Bupati_prints_neither_NIP_nor_rank()
    {
        var bupati = KepalaDinas with { Office = SignerOffice.Bupati, Position = "BUPATI TANAH LAUT", Name = "RAHMAT TRIANTO", Title = null };

        var lines = SignerRules.Apply(bupati);
        var text = string.Join(' ', PdfTestFiles.PageTexts(CircularLetterPdf.Render(Model(bupati, "500.15.10/8/Disnakerind/2026"))));

        Assert.Null(lines.Rank);
        Assert.Null(lines.Nip);
        Assert.DoesNotContain("NIP", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Pembina", text, StringComparison.Ordinal);
        Assert.Contains("BUPATI TANAH LAUT,", text, StringComparison.Ordinal);
        Assert.Contains("RAHMAT TRIANTO", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Plt_prints_no_NIP_rank_or_title()
    {
        var plt = KepalaDinas with { Authority = SignerAuthority.Plt };

        var lines = SignerRules.Apply(plt);
        var text = string.Join(' ', PdfTestFiles.PageTexts(CircularLetterPdf.Render(Model(plt, "500.15.10/9/Disnakerind/2026"))));

        Assert.Equal(["Plt. KEPALA DINAS TENAGA KERJA DAN PERINDUSTRIAN,"], lines.Position);
        Assert.Equal("AHMAD FAUZI", lines.Name);
        Assert.Null(lines.Nip);
        Assert.DoesNotContain("NIP", text, StringComparison.Ordinal);
        Assert.Contains("Plt. KEPALA DINAS", text, StringComparison.Ordinal);
    }

    [Fact]
    public void On_behalf_signing_prints_a_n_then_the_position()
    {
        var sekretaris = KepalaDinas with { Authority = SignerAuthority.AtasNama, OnBehalfOf = "KEPALA DINAS TENAGA KERJA DAN PERINDUSTRIAN", Position = "Sekretaris" };

        Assert.Equal(["a.n. KEPALA DINAS TENAGA KERJA DAN PERINDUSTRIAN", "Sekretaris,"], SignerRules.Apply(sekretaris).Position);
        Assert.NotNull(SignerRules.Apply(sekretaris).Nip);
    }

    [Fact]
    public void Attachments_carry_counts_per_desa_on_their_own_page_and_pages_are_numbered_from_two()
    {
        var model = Model(KepalaDinas, "500.15.10/10/Disnakerind/2026") with
        {
            Attachments = [new LetterPdfAttachment("Jumlah pekerja per desa", "Desa", "Jumlah pekerja", [("Asam Asam, Kec. Jorong", 12), ("Kintap, Kec. Kintap", 30)], 42)],
        };

        var pages = PdfTestFiles.PageTexts(CircularLetterPdf.Render(model));

        Assert.True(pages.Count >= 2);
        Assert.DoesNotContain("- 1 -", pages[0], StringComparison.Ordinal);
        Assert.Contains("- " + pages.Count + " -", pages[^1], StringComparison.Ordinal);
        Assert.Contains("LAMPIRAN", pages[^1], StringComparison.Ordinal);
        Assert.Contains("Asam Asam, Kec. Jorong 12", pages[^1], StringComparison.Ordinal);
        Assert.Contains("Jumlah 42", pages[^1], StringComparison.Ordinal);
    }

    internal static CircularLetterPdfModel Model(LetterSigner signer, string? number)
    {
        var lines = SignerRules.Apply(signer);
        return new CircularLetterPdfModel
        {
            Letterhead = new LetterheadModel("PEMERINTAH KABUPATEN TANAH LAUT", "DINAS TENAGA KERJA DAN PERINDUSTRIAN", "Jl. A. Syairani, Pelaihari", "disnakerind.tanahlautkab.go.id", "disnakerind@tanahlautkab.go.id"),
            Number = number,
            IsDraft = number is null,
            Addressees = ["Pimpinan PT Uji Coba"],
            AddresseePlace = "Tempat",
            Subject = "Dukungan CSR",
            Sections =
            [
                new LetterSection("Latar Belakang", "Banyak pekerja rentan belum terlindungi.", []),
                new LetterSection("Maksud dan Tujuan", "Mengajak perusahaan.", []),
                new LetterSection("Ruang Lingkup", "Jorong dan Kintap.", []),
                new LetterSection("Dasar", null, ["Undang-Undang Nomor 40 Tahun 2004;", "Undang-Undang Nomor 24 Tahun 2011."]),
                new LetterSection("Isi Edaran", null, ["Iuran JKK dan JKM Rp 16.800 per pekerja per bulan."]),
                new LetterSection("Penutup", "Demikian.", []),
            ],
            Signer = new SignatureModel("Pelaihari", new DateOnly(2026, 6, 18), lines.Position, lines.Name, lines.Rank, lines.Nip),
            Tembusan = ["Bupati Tanah Laut;", "BPJS Ketenagakerjaan."],
            VerificationUrl = number is null ? null : "http://127.0.0.1:5000/verifikasi/abc",
        };
    }
}
