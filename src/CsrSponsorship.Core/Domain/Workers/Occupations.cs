namespace CsrSponsorship.Core.Domain.Workers;

public sealed record Occupation(string Code, string Name, Sector Sector, bool RequiresFreeText = false);

// Controlled list from the programme brief; codes are stored, names are shown.
// Transport = the groups Kemnaker named for the PP 50/2025 discount (ojek online and pangkalan,
// sopir, kurir paket/logistik) plus motoris kapal (water transport). Buruh bongkar muat and tukang
// parkir stay non-transport: they are not drivers or couriers, although KBLI files cargo handling
// and parking under transport support and one BPJS branch spoke of "pekerja logistik" (confirm).
public static class Occupations
{
    public const string OtherCode = "lainnya";

    public static IReadOnlyList<Occupation> All { get; } =
    [
        new("petani", "Petani/Pekebun (termasuk sawit/karet mandiri)", Sector.NonTransport),
        new("buruh_tani", "Buruh Tani", Sector.NonTransport),
        new("nelayan", "Nelayan", Sector.NonTransport),
        new("pembudidaya_tambak", "Pembudidaya Tambak", Sector.NonTransport),
        new("peternak", "Peternak", Sector.NonTransport),
        new("pedagang", "Pedagang Kecil/Keliling/Warung", Sector.NonTransport),
        new("ojek", "Ojek (Pangkalan/Online)", Sector.Transport),
        new("sopir", "Sopir", Sector.Transport),
        new("kurir", "Kurir", Sector.Transport),
        new("motoris_kapal", "Motoris Kapal", Sector.Transport),
        new("buruh_harian_lepas", "Buruh Harian Lepas", Sector.NonTransport),
        new("buruh_bongkar_muat", "Buruh Bongkar Muat", Sector.NonTransport),
        new("tukang", "Tukang Kayu/Batu", Sector.NonTransport),
        new("pemulung", "Pemulung", Sector.NonTransport),
        new("petugas_kebersihan", "Petugas Kebersihan", Sector.NonTransport),
        new("penjaga_malam", "Penjaga Malam", Sector.NonTransport),
        new("marbot_guru_ngaji", "Marbot/Guru Ngaji", Sector.NonTransport),
        new("asisten_rumah_tangga", "Asisten Rumah Tangga", Sector.NonTransport),
        new("tukang_parkir", "Tukang Parkir", Sector.NonTransport),
        new("pengrajin", "Pengrajin", Sector.NonTransport),
        new("usaha_mikro", "Usaha Mikro", Sector.NonTransport),
        new(OtherCode, "Lainnya", Sector.NonTransport, RequiresFreeText: true),
    ];

    private static readonly Dictionary<string, Occupation> ByCode = All.ToDictionary(o => o.Code, StringComparer.Ordinal);

    public static Occupation? Find(string? code) =>
        code is not null && ByCode.TryGetValue(code.Trim(), out var occupation) ? occupation : null;

    // An unknown code is priced as non-transport: the PP 50/2025 discount needs a named transport occupation.
    public static Sector SectorOf(string? code) => Find(code)?.Sector ?? Sector.NonTransport;
}
