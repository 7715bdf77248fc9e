using System.Globalization;
using CsrSponsorship.Core.Common;

namespace CsrSponsorship.Core.Domain.Workers;

// NIK = PP KK CC DD MM YY SSSS (province, regency, kecamatan, birth day +40 for women, month,
// two-digit year, serial). Only structure is checked here; whether the person exists is Dukcapil's call.
public static class NikCheck
{
    public const string TanahLautPrefix = "6301";

    private static readonly HashSet<int> ProvinceCodes =
    [
        11, 12, 13, 14, 15, 16, 17, 18, 19, 21,
        31, 32, 33, 34, 35, 36,
        51, 52, 53,
        61, 62, 63, 64, 65,
        71, 72, 73, 74, 75, 76,
        81, 82,
        91, 92, 93, 94, 95, 96,
    ];

    public static NikCheckResult Check(
        string? input, DateOnly? enteredBirthDate = null, Sex? enteredSex = null, DateOnly? today = null)
    {
        var errors = new List<NikIssue>();
        var warnings = new List<NikIssue>();
        var nik = PastedText.Trim(input);
        var formatError = CheckFormat(nik);
        if (formatError is not null)
        {
            errors.Add(formatError);
            return new NikCheckResult { Errors = errors, Warnings = warnings };
        }

        var province = Number(nik, 0, 2);
        var regency = Number(nik, 2, 2);
        var kecamatan = Number(nik, 4, 2);
        var rawDay = Number(nik, 6, 2);
        var month = Number(nik, 8, 2);
        var yy = Number(nik, 10, 2);
        var serial = Number(nik, 12, 4);

        var provinceKnown = ProvinceCodes.Contains(province);
        if (!provinceKnown)
        {
            errors.Add(new("nik.province", $"Kode provinsi {nik[..2]} pada NIK tidak dikenal."));
        }

        if (regency == 0)
        {
            errors.Add(new("nik.regency", "Kode kabupaten/kota pada NIK tidak boleh 00."));
        }

        if (kecamatan == 0)
        {
            errors.Add(new("nik.kecamatan", "Kode kecamatan pada NIK tidak boleh 00."));
        }

        Sex? sex = rawDay switch
        {
            >= 1 and <= 31 => Sex.Male,
            >= 41 and <= 71 => Sex.Female,
            _ => null,
        };
        if (sex is null)
        {
            errors.Add(new("nik.day", $"Tanggal lahir pada NIK ({nik.Substring(6, 2)}) tidak valid: harus 01–31, atau 41–71 untuk perempuan."));
        }

        if (month is < 1 or > 12)
        {
            errors.Add(new("nik.month", $"Bulan lahir pada NIK ({nik.Substring(8, 2)}) tidak valid: harus 01–12."));
        }

        DateOnly? birthDate = null;
        if (sex is not null && month is >= 1 and <= 12)
        {
            var day = sex == Sex.Female ? rawDay - 40 : rawDay;
            var year = ResolveYear(yy, month, day, today ?? Wita.Today(TimeProvider.System));
            if (day <= DateTime.DaysInMonth(year, month))
            {
                birthDate = new DateOnly(year, month, day);
            }
            else
            {
                errors.Add(new("nik.date", string.Create(CultureInfo.InvariantCulture,
                    $"Tanggal lahir pada NIK tidak valid ({day:00}-{month:00}-{year} tidak ada).")));
            }
        }

        if (serial == 0)
        {
            errors.Add(new("nik.serial", "Nomor urut NIK tidak boleh 0000."));
        }

        if (birthDate is { } fromNik && enteredBirthDate is { } entered)
        {
            // The NIK holds only two year digits, so a different century is not a contradiction;
            // the entered date then settles the century (relevant only for the very old).
            if (entered.Day == fromNik.Day && entered.Month == fromNik.Month && entered.Year % 100 == yy)
            {
                birthDate = entered;
            }
            else
            {
                errors.Add(new("nik.birth_date_mismatch",
                    $"Tanggal lahir yang diisi ({IndonesianFormat.Date(entered)}) tidak sesuai dengan NIK ({IndonesianFormat.Date(fromNik)})."));
            }
        }

        if (sex is { } sexFromNik && enteredSex is { } enteredValue && enteredValue != sexFromNik)
        {
            errors.Add(new("nik.sex_mismatch",
                $"Jenis kelamin yang diisi ({enteredValue.Label()}) tidak sesuai dengan NIK ({sexFromNik.Label()}). Pada NIK perempuan, tanggal lahir ditambah 40."));
        }

        var regionKnown = provinceKnown && regency != 0;
        if (regionKnown && !nik.StartsWith(TanahLautPrefix, StringComparison.Ordinal))
        {
            warnings.Add(new("nik.outside_tanah_laut",
                $"NIK ini pertama kali diterbitkan di luar Kabupaten Tanah Laut (kode wilayah {nik[..2]}.{nik.Substring(2, 2)}). " +
                "Ini boleh: NIK mencatat tempat NIK diterbitkan, bukan tempat tinggal. Pastikan domisili diisi pada kolomnya sendiri."));
        }

        return new NikCheckResult
        {
            Nik = nik,
            Errors = errors,
            Warnings = warnings,
            BirthDate = birthDate,
            Sex = sex,
            ProvinceCode = provinceKnown ? nik[..2] : null,
            RegencyCode = regionKnown ? $"{nik[..2]}.{nik.Substring(2, 2)}" : null,
            KecamatanCode = regionKnown && kecamatan != 0 ? $"{nik[..2]}.{nik.Substring(2, 2)}.{nik.Substring(4, 2)}" : null,
        };
    }

    // Pick the century that puts the birth date on or before today: a NIK with year 26 read on
    // 23 November 2026 is 2026 for births up to that day and 1926 for later days of the year.
    private static int ResolveYear(int yy, int month, int day, DateOnly today)
    {
        var year = 2000 + yy;
        var afterToday = year > today.Year
            || (year == today.Year && (month > today.Month || (month == today.Month && day > today.Day)));
        return afterToday ? year - 100 : year;
    }

    private static NikIssue? CheckFormat(string nik)
    {
        if (nik.Length == 0)
        {
            return new("nik.required", "NIK wajib diisi.");
        }

        // Full-width (６) and Arabic-Indic (٦) digits arrive from some phone keyboards and pasted text.
        if (nik.Any(c => char.IsDigit(c) && !char.IsAsciiDigit(c)))
        {
            return new("nik.non_ascii_digits",
                "NIK memuat angka yang bukan angka biasa (misalnya angka lebar penuh atau angka Arab). Ketik ulang NIK dengan angka biasa 0–9.");
        }

        if (!nik.All(char.IsAsciiDigit))
        {
            return new("nik.characters", "NIK hanya boleh berisi angka 0–9, tanpa huruf, spasi, titik, atau tanda hubung.");
        }

        return nik.Length == 16
            ? null
            : new("nik.length", string.Create(CultureInfo.InvariantCulture,
                $"NIK harus terdiri dari 16 angka; yang diisi {nik.Length} angka."));
    }

    private static int Number(string nik, int start, int length) =>
        int.Parse(nik.AsSpan(start, length), NumberStyles.None, CultureInfo.InvariantCulture);
}
