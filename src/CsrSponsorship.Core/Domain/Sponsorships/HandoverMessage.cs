using CsrSponsorship.Core.Common;

namespace CsrSponsorship.Core.Domain.Sponsorships;

// The WhatsApp reminder an officer sends before sponsored coverage ends. Contribution for month M is
// due by the 15th of M; after about three unpaid months the membership lapses (domain brief).
public static class HandoverMessage
{
    public static string Text(string workerName, string funderName, DateOnly coverageEnds, long monthlyContribution) =>
        $"Yth. {workerName}, kepesertaan BPJS Ketenagakerjaan Anda yang dibayar {funderName} berakhir pada {IndonesianFormat.Date(coverageEnds)}. " +
        $"Agar tetap terlindungi (JKK dan JKM), lanjutkan iuran mandiri {IndonesianFormat.RupiahInText(monthlyContribution)} per bulan, " +
        "dibayar paling lambat tanggal 15 setiap bulan melalui agen Perisai, kantor BPJS Ketenagakerjaan, atau kanal pembayaran resmi. " +
        "Informasi: Disnakerind Kabupaten Tanah Laut.";

    // wa.me wants the number in international form without "+" (62…).
    public static string WhatsAppLink(string normalisedPhone, string text) =>
        $"https://wa.me/{normalisedPhone}?text={Uri.EscapeDataString(text)}";
}
