namespace CsrSponsorship.Core.Features.CircularLetters;

// Configuration section "CircularLetters".
public sealed class CircularLetterOptions
{
    public const string Section = "CircularLetters";

    // "A4" or "F4" (215 × 330 mm, still common in regional offices).
    public string Paper { get; set; } = "A4";

    public string Place { get; set; } = "Pelaihari";

    public string BupatiLetterheadTitle { get; set; } = "BUPATI TANAH LAUT";

    public string BupatiLetterheadProvince { get; set; } = "PROVINSI KALIMANTAN SELATAN";
}
