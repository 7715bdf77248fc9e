using CsrSponsorship.Core.Domain.CircularLetters;

namespace CsrSponsorship.Core.Features.CircularLetters;

// Starting text for the CSR appeal; every part stays editable before the letter is submitted.
public static class LetterTemplates
{
    public static LetterContent CsrAppeal(LetterSigner signer) => new()
    {
        Letterhead = LetterheadKind.Dinas,
        Subject = "Dukungan Program Tanggung Jawab Sosial dan Lingkungan Perusahaan untuk Perlindungan Jaminan Sosial Ketenagakerjaan bagi Pekerja Rentan di Kecamatan Jorong dan Kintap",
        Addressees = ["Pimpinan Perusahaan yang beroperasi di Kecamatan Jorong dan Kecamatan Kintap"],
        AddresseePlace = "Tempat",
        LatarBelakang =
            "Sebagian besar pekerja bukan penerima upah di Kecamatan Jorong dan Kintap, seperti nelayan, petani, buruh harian dan pedagang kecil, " +
            "belum terlindungi program jaminan sosial ketenagakerjaan, sehingga risiko kecelakaan kerja dan kematian menjadi beban keluarga mereka.",
        MaksudDanTujuan =
            "Surat Edaran ini dimaksudkan sebagai ajakan kepada perusahaan untuk mendanai iuran jaminan sosial ketenagakerjaan pekerja rentan " +
            "di sekitar wilayah operasinya, dengan tujuan memperluas perlindungan Jaminan Kecelakaan Kerja (JKK) dan Jaminan Kematian (JKM).",
        RuangLingkup =
            "Ruang lingkup Surat Edaran ini meliputi pendanaan iuran, koordinasi pendaftaran, dan pelaporan kepesertaan pekerja bukan penerima " +
            "upah yang berdomisili di Kecamatan Jorong dan Kecamatan Kintap.",
        Dasar =
        [
            "Undang-Undang Nomor 40 Tahun 2004 tentang Sistem Jaminan Sosial Nasional;",
            "Undang-Undang Nomor 24 Tahun 2011 tentang Badan Penyelenggara Jaminan Sosial;",
            "Undang-Undang Nomor 40 Tahun 2007 tentang Perseroan Terbatas, Pasal 74 tentang Tanggung Jawab Sosial dan Lingkungan;",
            "Peraturan Pemerintah Nomor 44 Tahun 2015 tentang Penyelenggaraan Program Jaminan Kecelakaan Kerja dan Jaminan Kematian sebagaimana telah diubah;",
            "Instruksi Presiden Nomor 2 Tahun 2021 tentang Optimalisasi Pelaksanaan Program Jaminan Sosial Ketenagakerjaan;",
            "Peraturan Bupati Tanah Laut Nomor 62 Tahun 2020.",
        ],
        IsiEdaran =
        [
            "Perusahaan diharapkan mendanai iuran JKK dan JKM sebesar Rp 16.800 per pekerja per bulan bagi pekerja rentan di sekitar wilayah operasinya, selama 6 (enam) atau 12 (dua belas) bulan.",
            "Pemilihan dan pendaftaran pekerja dikoordinasikan dengan Dinas Tenaga Kerja dan Perindustrian Kabupaten Tanah Laut dan BPJS Ketenagakerjaan Kantor Cabang Pratama Tanah Laut.",
            "Perusahaan melaporkan kembali jumlah pekerja yang telah dilindungi kepada Dinas Tenaga Kerja dan Perindustrian Kabupaten Tanah Laut.",
        ],
        Penutup = "Demikian Surat Edaran ini disampaikan untuk dilaksanakan. Atas perhatian dan kerja sama Saudara, kami ucapkan terima kasih.",
        Place = "Pelaihari",
        Signer = signer,
        Tembusan =
        [
            "Bupati Tanah Laut (sebagai laporan);",
            "Kepala BPJS Ketenagakerjaan Kantor Cabang Pratama Tanah Laut;",
            "Camat Jorong dan Camat Kintap.",
        ],
    };
}
