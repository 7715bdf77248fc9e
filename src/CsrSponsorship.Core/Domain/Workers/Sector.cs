namespace CsrSponsorship.Core.Domain.Workers;

// PP 50/2025 halves JKK/JKM for BPU with different windows per sector, so every occupation carries one.
public enum Sector
{
    Transport = 1,
    NonTransport = 2,
}
