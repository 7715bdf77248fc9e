namespace CsrSponsorship.Core.Domain.Wilayah;

// The kecamatan whose residents may be sponsored (Jorong and Kintap at launch). Data, so the
// programme can grow without a release.
public class ProgrammeAreaKecamatan
{
    public required string KecamatanCode { get; init; }

    public Kecamatan? Kecamatan { get; set; }
}
