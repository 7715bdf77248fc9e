using System.Globalization;
using CsrSponsorship.Core.Common;

namespace CsrSponsorship.Core.Domain.Workers;

// The one set of worker rules, used by the form, the import and the services alike.
public static class WorkerValidator
{
    public static WorkerValidation Validate(
        WorkerDraft draft, IReadOnlyDictionary<string, DesaInfo> desa, WorkerRulesOptions options, DateOnly today)
    {
        var errors = new List<FieldIssue>();
        var warnings = new List<FieldIssue>();
        void Error(string field, string message) => errors.Add(new FieldIssue(field, message));

        var nik = NikCheck.Check(draft.Nik, draft.BirthDate, draft.Sex, today);
        foreach (var issue in nik.Errors)
        {
            Error(FieldOf(issue), issue.Message);
        }

        warnings.AddRange(nik.Warnings.Select(w => new FieldIssue(nameof(WorkerDraft.Nik), w.Message)));

        var birthDate = draft.BirthDate ?? nik.BirthDate;
        var sex = draft.Sex ?? nik.Sex;
        if (birthDate is { } born)
        {
            var age = Age.On(born, today);
            if (age < options.MinAge || age > options.MaxAge)
            {
                Error(nameof(WorkerDraft.BirthDate), string.Create(CultureInfo.InvariantCulture,
                    $"Usia pekerja {age} tahun; program ini untuk usia {options.MinAge}–{options.MaxAge} tahun."));
            }
        }
        else if (nik.IsValid)
        {
            Error(nameof(WorkerDraft.BirthDate), "Tanggal lahir wajib diisi.");
        }

        var fullName = Clean(draft.FullName);
        if (fullName.Length == 0)
        {
            Error(nameof(WorkerDraft.FullName), "Nama lengkap (sesuai KTP) wajib diisi.");
        }
        else if (fullName.Length > 150)
        {
            Error(nameof(WorkerDraft.FullName), "Nama lengkap paling banyak 150 karakter.");
        }
        else if (NameKey.Normalize(fullName).Length < 2)
        {
            Error(nameof(WorkerDraft.FullName), "Nama lengkap harus memuat huruf.");
        }

        var birthPlace = Clean(draft.BirthPlace);
        if (birthPlace.Length == 0)
        {
            Error(nameof(WorkerDraft.BirthPlace), "Tempat lahir wajib diisi.");
        }
        else if (birthPlace.Length > 100)
        {
            Error(nameof(WorkerDraft.BirthPlace), "Tempat lahir paling banyak 100 karakter.");
        }

        DesaInfo? domicile = null;
        var desaCode = Clean(draft.DesaCode);
        if (desaCode.Length == 0)
        {
            Error(nameof(WorkerDraft.DesaCode), "Desa/kelurahan domisili wajib dipilih.");
        }
        else if (!desa.TryGetValue(desaCode, out domicile))
        {
            Error(nameof(WorkerDraft.DesaCode), $"Kode desa {desaCode} tidak dikenal di Kabupaten Tanah Laut.");
        }
        else if (!domicile.InProgrammeArea)
        {
            warnings.Add(new FieldIssue(nameof(WorkerDraft.DesaCode),
                $"Desa {domicile.Name} (Kec. {domicile.KecamatanName}) di luar wilayah program; pekerja dapat didaftarkan tetapi belum dapat disponsori."));
        }

        var rt = NeighbourhoodNumber(draft.Rt, "RT", nameof(WorkerDraft.Rt), Error);
        var rw = NeighbourhoodNumber(draft.Rw, "RW", nameof(WorkerDraft.Rw), Error);

        var address = Clean(draft.Address);
        if (address.Length == 0)
        {
            Error(nameof(WorkerDraft.Address), "Alamat (jalan/dusun) wajib diisi.");
        }
        else if (address.Length > 250)
        {
            Error(nameof(WorkerDraft.Address), "Alamat paling banyak 250 karakter.");
        }

        string? phone = null;
        if (!string.IsNullOrWhiteSpace(draft.Phone))
        {
            var normalized = PhoneNumber.Normalize(draft.Phone);
            if (normalized.Error is { } phoneError)
            {
                Error(nameof(WorkerDraft.Phone), phoneError);
            }
            else
            {
                phone = normalized.Value;
            }
        }

        var occupationCode = Clean(draft.OccupationCode);
        var occupation = occupationCode.Length == 0 ? null : Occupations.Find(occupationCode);
        var occupationOther = Clean(draft.OccupationOther);
        if (occupationCode.Length == 0)
        {
            Error(nameof(WorkerDraft.OccupationCode), "Pekerjaan wajib dipilih.");
        }
        else if (occupation is null)
        {
            Error(nameof(WorkerDraft.OccupationCode), $"Pekerjaan '{occupationCode}' tidak ada dalam daftar.");
        }
        else if (occupation.RequiresFreeText && occupationOther.Length == 0)
        {
            Error(nameof(WorkerDraft.OccupationOther), "Sebutkan pekerjaannya bila memilih \"Lainnya\".");
        }
        else if (occupationOther.Length > 100)
        {
            Error(nameof(WorkerDraft.OccupationOther), "Keterangan pekerjaan paling banyak 100 karakter.");
        }

        var income = draft.DeclaredIncome ?? options.MinimumDeclaredIncome;
        if (income < options.MinimumDeclaredIncome)
        {
            Error(nameof(WorkerDraft.DeclaredIncome),
                $"Penghasilan yang dilaporkan minimal {IndonesianFormat.Rupiah(options.MinimumDeclaredIncome)} per bulan.");
        }
        else if (income > options.MaximumDeclaredIncome)
        {
            var top = IndonesianFormat.Rupiah(options.MaximumDeclaredIncome);
            Error(nameof(WorkerDraft.DeclaredIncome),
                $"Penghasilan yang dilaporkan paling banyak {top} per bulan (batas tertinggi tabel iuran BPU); isi {top} bila penghasilannya lebih tinggi.");
        }

        string? kpj = null;
        if (!string.IsNullOrWhiteSpace(draft.Kpj))
        {
            kpj = draft.Kpj.Trim();
            if (kpj.Length != 11 || !kpj.All(char.IsAsciiDigit))
            {
                Error(nameof(WorkerDraft.Kpj), "Nomor KPJ harus 11 angka (boleh dikosongkan bila belum ada).");
            }
        }

        if (draft.Provenance is null || !Enum.IsDefined(draft.Provenance.Value))
        {
            Error(nameof(WorkerDraft.Provenance), "Asal pendaftaran wajib dipilih.");
        }

        var consentBy = Clean(draft.ConsentCollectedBy);
        if (consentBy.Length == 0)
        {
            Error(nameof(WorkerDraft.ConsentCollectedBy), "Persetujuan pemrosesan data pribadi wajib: isi nama petugas yang memintanya.");
        }

        if (draft.ConsentCollectedOn is null)
        {
            Error(nameof(WorkerDraft.ConsentCollectedOn), "Tanggal persetujuan pemrosesan data pribadi wajib diisi.");
        }
        else if (draft.ConsentCollectedOn > today)
        {
            Error(nameof(WorkerDraft.ConsentCollectedOn), "Tanggal persetujuan tidak boleh di masa depan.");
        }

        var notes = Clean(draft.Notes);
        if (notes.Length > 500)
        {
            Error(nameof(WorkerDraft.Notes), "Catatan paling banyak 500 karakter.");
        }

        if (errors.Count > 0)
        {
            return new WorkerValidation(errors, warnings, null);
        }

        return new WorkerValidation(errors, warnings, new ValidWorker(
            nik.Nik!, fullName, birthPlace, birthDate!.Value, sex!.Value, domicile!.Code, domicile.KecamatanCode, rt, rw, address, phone,
            occupation!.Code, occupation.RequiresFreeText ? occupationOther : null, income, kpj, draft.Provenance!.Value, consentBy,
            draft.ConsentCollectedOn!.Value, notes.Length == 0 ? null : notes));
    }

    private static string FieldOf(NikIssue issue) => issue.Code switch
    {
        "nik.birth_date_mismatch" => nameof(WorkerDraft.BirthDate),
        "nik.sex_mismatch" => nameof(WorkerDraft.Sex),
        _ => nameof(WorkerDraft.Nik),
    };

    private static string NeighbourhoodNumber(string? value, string label, string field, Action<string, string> error)
    {
        var text = Clean(value);
        if (text.Length == 0)
        {
            return "";
        }

        if (text.Length > 3 || !text.All(char.IsAsciiDigit) || int.Parse(text, CultureInfo.InvariantCulture) == 0)
        {
            error(field, $"{label} berupa angka 1–999, misalnya 003.");
            return "";
        }

        return text.PadLeft(3, '0');
    }

    // Drops what no screen or document should carry (UserText), collapses runs of white space and trims; keeps the
    // text otherwise as typed.
    private static string Clean(string? value) =>
        string.IsNullOrWhiteSpace(value)
            ? ""
            : string.Join(' ', UserText.Sanitize(value).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
