using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Domain.Outreach;
using CsrSponsorship.Core.Domain.Workers;

namespace CsrSponsorship.Core.Features.Outreach;

internal sealed record ValidDesk(DeskProfile Profile, IReadOnlyList<string> AgentUserIds, bool IsActive);

// The desk form's rules, field by field, in Indonesian.
internal static class DeskDraftRules
{
    public static (IReadOnlyList<FieldIssue> Errors, ValidDesk? Value) Validate(
        DeskDraft draft, IReadOnlyDictionary<string, DesaInfo> desa, IReadOnlySet<string> loketUsers)
    {
        var errors = new List<FieldIssue>();
        void Fail(string field, string message) => errors.Add(new FieldIssue(field, message));

        var name = OneLineText.Clean(draft.Name);
        if (name.Length == 0)
        {
            Fail(nameof(DeskDraft.Name), "Nama loket wajib diisi, misalnya Layanan Satu Pintu Desa Liang Anggang.");
        }
        else if (name.Length > Desk.NameMax)
        {
            Fail(nameof(DeskDraft.Name), $"Nama loket paling banyak {Desk.NameMax} huruf.");
        }

        DesaInfo? place = null;
        if (string.IsNullOrWhiteSpace(draft.DesaCode))
        {
            Fail(nameof(DeskDraft.DesaCode), "Pilih desa/kelurahan tempat loket berada.");
        }
        else if (!desa.TryGetValue(draft.DesaCode, out place))
        {
            Fail(nameof(DeskDraft.DesaCode), "Kode desa tidak dikenal. Pilih desa dari daftar wilayah resmi Kabupaten Tanah Laut.");
        }

        var address = OneLineText.Clean(draft.Address);
        if (address.Length == 0)
        {
            Fail(nameof(DeskDraft.Address), "Alamat loket wajib diisi, misalnya Kantor Desa Liang Anggang.");
        }
        else if (address.Length > Desk.AddressMax)
        {
            Fail(nameof(DeskDraft.Address), $"Alamat paling banyak {Desk.AddressMax} huruf.");
        }

        var days = draft.OpeningDays & DeskDaysText.All;
        if (days == DeskDays.None)
        {
            Fail(nameof(DeskDraft.OpeningDays), "Pilih paling sedikit satu hari buka.");
        }

        if (draft.OpensAt is null)
        {
            Fail(nameof(DeskDraft.OpensAt), "Isi jam buka, misalnya 08.00.");
        }

        if (draft.ClosesAt is null)
        {
            Fail(nameof(DeskDraft.ClosesAt), "Isi jam tutup, misalnya 14.00.");
        }
        else if (draft.OpensAt is { } opens && draft.ClosesAt <= opens)
        {
            Fail(nameof(DeskDraft.ClosesAt), "Jam tutup harus setelah jam buka.");
        }

        string? phone = null;
        if (!string.IsNullOrWhiteSpace(draft.OfficePhone))
        {
            var normalized = PhoneNumber.Normalize(draft.OfficePhone);
            if (normalized.Error is not null)
            {
                Fail(nameof(DeskDraft.OfficePhone), normalized.Error);
            }

            phone = normalized.Value;
        }

        var agents = draft.AgentUserIds.Distinct(StringComparer.Ordinal).ToList();
        if (agents.Any(a => !loketUsers.Contains(a)))
        {
            Fail(nameof(DeskDraft.AgentUserIds), "Petugas loket harus akun aktif berperan Loket. Muat ulang halaman lalu pilih lagi.");
        }

        if (errors.Count > 0 || place is null)
        {
            return (errors, null);
        }

        var profile = new DeskProfile(name, place.Code, place.KecamatanCode, address, days, draft.OpensAt!.Value, draft.ClosesAt!.Value, phone);
        return ([], new ValidDesk(profile, agents, draft.IsActive));
    }
}
