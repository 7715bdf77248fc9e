using System.Globalization;
using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Domain.Workers;

namespace CsrSponsorship.Tests.Infrastructure;

// Synthetic, rule-passing workers: NIK 63 01 02 DD MM YY SSSS with the birth date it encodes.
public sealed class WorkerDraftBuilder
{
    private static int serial;
    private readonly WorkerDraft draft;

    public WorkerDraftBuilder(int age = 30, Sex sex = Sex.Male, string desaCode = "63.01.02.2003", DateOnly? today = null)
    {
        var onDay = today ?? Wita.Today(TimeProvider.System);
        var n = Interlocked.Increment(ref serial);
        // Exactly `age` full years old today, on a birthday that varies from worker to worker.
        var birth = onDay.AddYears(-age).AddDays(-(1 + (n * 37 % 300)));
        draft = new WorkerDraft
        {
            Nik = Nik("630102", birth, sex, n),
            FullName = $"Pekerja Uji {Letters(n)}",
            BirthPlace = "Pelaihari",
            BirthDate = birth,
            Sex = sex,
            DesaCode = desaCode,
            Rt = "3",
            Rw = "1",
            Address = "Jl. Pantai No. 7",
            Phone = "0812-3456-" + (1000 + (n % 9000)).ToString(CultureInfo.InvariantCulture),
            OccupationCode = "nelayan",
            DeclaredIncome = 1_000_000,
            Provenance = Provenance.Loket,
            ConsentCollectedBy = "Petugas Loket",
            ConsentCollectedOn = onDay,
        };
    }

    public static string Nik(string region, DateOnly birth, Sex sex, int serialNumber) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{region}{birth.Day + (sex == Sex.Female ? 40 : 0):00}{birth.Month:00}{birth.Year % 100:00}{serialNumber % 9999 + 1:0000}");

    public WorkerDraftBuilder With(Action<WorkerDraft> change)
    {
        change(draft);
        return this;
    }

    public WorkerDraft Build() => draft;

    // Names must be letters (digits are not part of a person's name), so serials become letters.
    private static string Letters(int n)
    {
        var s = "";
        do
        {
            s = (char)('A' + (n % 26)) + s;
            n /= 26;
        }
        while (n > 0);
        return s;
    }
}
