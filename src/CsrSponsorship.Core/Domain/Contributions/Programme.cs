namespace CsrSponsorship.Core.Domain.Contributions;

// BPU participants always carry JKK and JKM together; JHT is optional. JP and JKP are not open to BPU.
[Flags]
public enum Programme
{
    None = 0,
    Jkk = 1,
    Jkm = 2,
    Jht = 4,
}
