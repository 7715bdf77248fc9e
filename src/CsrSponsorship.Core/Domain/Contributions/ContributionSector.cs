namespace CsrSponsorship.Core.Domain.Contributions;

// PP 50/2025 gives the transport sector a longer discount window than every other sector.
public enum ContributionSector
{
    Transport = 1,
    NonTransport = 2,
}
