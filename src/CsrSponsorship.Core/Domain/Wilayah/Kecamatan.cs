namespace CsrSponsorship.Core.Domain.Wilayah;

// Kemendagri codes (Kepmendagri 300.2.2-2430/2025), e.g. 63.01.02; never BPS or generated codes.
public class Kecamatan
{
    public required string Code { get; init; }

    public required string Name { get; set; }

    public List<Desa> Desa { get; } = [];
}
