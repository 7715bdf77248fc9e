namespace CsrSponsorship.Core.Domain.Workers;

public static class Age
{
    // Full years; someone born on 29 February turns a year older on 1 March in common years.
    public static int On(DateOnly birthDate, DateOnly date)
    {
        if (date < birthDate)
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, "The date is before the birth date.");
        }

        var years = date.Year - birthDate.Year;
        var beforeBirthday = date.Month < birthDate.Month
            || (date.Month == birthDate.Month && date.Day < birthDate.Day);
        return beforeBirthday ? years - 1 : years;
    }
}
