namespace CsrSponsorship.Core.Domain.Companies;

public static class CompanySectors
{
    // Display order for pickers: the kinds of companies operating around Jorong and Kintap, "other" last.
    public static readonly IReadOnlyList<CompanySector> All =
    [
        CompanySector.Pembangkit, CompanySector.Tambang, CompanySector.AngkutanPelabuhan, CompanySector.Sawit, CompanySector.Lainnya,
    ];

    public static string Label(this CompanySector sector) => sector switch
    {
        CompanySector.Pembangkit => "Pembangkit listrik",
        CompanySector.Tambang => "Pertambangan batu bara",
        CompanySector.AngkutanPelabuhan => "Angkutan/pelabuhan",
        CompanySector.Sawit => "Perkebunan sawit",
        CompanySector.Lainnya => "Lainnya",
        _ => throw new ArgumentOutOfRangeException(nameof(sector), sector, null),
    };
}
