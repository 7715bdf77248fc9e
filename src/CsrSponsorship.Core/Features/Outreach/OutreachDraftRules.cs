using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Domain.Outreach;
using CsrSponsorship.Core.Domain.Workers;

namespace CsrSponsorship.Core.Features.Outreach;

internal sealed record ValidOutreach(OutreachProfile Profile, IReadOnlyList<int> CompanyIds);

// The sosialisasi form's rules, field by field, in Indonesian.
internal static class OutreachDraftRules
{
    public const int MaxCompanies = 200;

    public static (IReadOnlyList<FieldIssue> Errors, ValidOutreach? Value) Validate(
        OutreachDraft draft, IReadOnlyDictionary<string, DesaInfo> desa, IReadOnlySet<int> activeCompanies)
    {
        var errors = new List<FieldIssue>();
        void Fail(string field, string message) => errors.Add(new FieldIssue(field, message));

        var title = OneLineText.Clean(draft.Title);
        if (title.Length == 0)
        {
            Fail(nameof(OutreachDraft.Title), "Judul sosialisasi wajib diisi, misalnya Sosialisasi BPU Desa Sungai Cuka.");
        }
        else if (title.Length > OutreachActivity.TitleMax)
        {
            Fail(nameof(OutreachDraft.Title), $"Judul paling banyak {OutreachActivity.TitleMax} huruf.");
        }

        if (draft.Audience is not { } audience || !Enum.IsDefined(audience))
        {
            Fail(nameof(OutreachDraft.Audience), "Pilih sasaran sosialisasi.");
        }

        if (draft.Date is null)
        {
            Fail(nameof(OutreachDraft.Date), "Isi tanggal sosialisasi.");
        }

        if (draft.Time is null)
        {
            Fail(nameof(OutreachDraft.Time), "Isi jam mulai sosialisasi (WITA).");
        }

        DesaInfo? place = null;
        if (string.IsNullOrWhiteSpace(draft.DesaCode))
        {
            Fail(nameof(OutreachDraft.DesaCode), "Pilih desa/kelurahan tempat sosialisasi.");
        }
        else if (!desa.TryGetValue(draft.DesaCode, out place))
        {
            Fail(nameof(OutreachDraft.DesaCode), "Kode desa tidak dikenal. Pilih desa dari daftar wilayah resmi Kabupaten Tanah Laut.");
        }

        var group = OneLineText.Clean(draft.GroupName);
        if (draft.Audience == OutreachAudience.KelompokMasyarakat && group.Length == 0)
        {
            Fail(nameof(OutreachDraft.GroupName), "Tuliskan nama kelompok masyarakat, misalnya Rukun Kematian Al-Ikhlas.");
        }
        else if (group.Length > 150)
        {
            Fail(nameof(OutreachDraft.GroupName), "Nama kelompok paling banyak 150 huruf.");
        }

        var team = OneLineText.Clean(draft.Team);
        if (team.Length == 0)
        {
            Fail(nameof(OutreachDraft.Team), "Tuliskan tim yang hadir, misalnya petugas Disnakerind dan BPJS Ketenagakerjaan Cabang Tanah Laut.");
        }
        else if (team.Length > OutreachActivity.TeamMax)
        {
            Fail(nameof(OutreachDraft.Team), $"Tim paling banyak {OutreachActivity.TeamMax} huruf.");
        }

        var notes = draft.Notes is null ? "" : UserText.Sanitize(draft.Notes).Trim();
        if (notes.Length > OutreachActivity.NotesMax)
        {
            Fail(nameof(OutreachDraft.Notes), $"Catatan paling banyak {OutreachActivity.NotesMax} huruf.");
        }

        var companies = draft.CompanyIds.Distinct().ToList();
        if (draft.Audience == OutreachAudience.KunjunganPerusahaan && companies.Count == 0)
        {
            Fail(nameof(OutreachDraft.CompanyIds), "Kunjungan perusahaan mencatat paling sedikit satu perusahaan yang hadir.");
        }
        else if (companies.Count > MaxCompanies)
        {
            Fail(nameof(OutreachDraft.CompanyIds), $"Paling banyak {MaxCompanies} perusahaan per sosialisasi.");
        }
        else if (companies.Any(c => !activeCompanies.Contains(c)))
        {
            Fail(nameof(OutreachDraft.CompanyIds), "Ada perusahaan yang tidak dikenal atau sudah nonaktif. Muat ulang halaman lalu pilih lagi.");
        }

        if (errors.Count > 0 || place is null)
        {
            return (errors, null);
        }

        var startsAt = Wita.ToUtc(draft.Date!.Value, draft.Time!.Value);
        var profile = new OutreachProfile(
            title, draft.Audience!.Value, startsAt, place.Code, place.KecamatanCode, group.Length == 0 ? null : group, team, notes.Length == 0 ? null : notes);
        return ([], new ValidOutreach(profile, companies));
    }
}
