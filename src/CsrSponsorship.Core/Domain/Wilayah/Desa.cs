namespace CsrSponsorship.Core.Domain.Wilayah;

public enum DesaKind
{
    Desa = 1,
    Kelurahan = 2,
}

public class Desa
{
    public required string Code { get; init; }

    public required string Name { get; set; }

    public DesaKind Kind { get; set; }

    public required string KecamatanCode { get; set; }

    public Kecamatan? Kecamatan { get; set; }

    // "Simpang Empat" was "Simpang Empat Sungai Baru": old spellings keep village data collection searchable.
    public string? FormerName { get; set; }
}
