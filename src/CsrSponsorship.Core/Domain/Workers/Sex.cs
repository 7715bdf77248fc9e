namespace CsrSponsorship.Core.Domain.Workers;

// Values follow the usual Dukcapil coding (1 = laki-laki, 2 = perempuan); zero is deliberately "not set".
public enum Sex
{
    Male = 1,
    Female = 2,
}

public static class SexExtensions
{
    public static string Label(this Sex sex) => sex switch
    {
        Sex.Male => "Laki-laki",
        Sex.Female => "Perempuan",
        _ => throw new ArgumentOutOfRangeException(nameof(sex), sex, null),
    };
}
