using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Domain.Companies;
using CsrSponsorship.Core.Domain.Workers;

namespace CsrSponsorship.Core.Features.Companies;

// What the company form holds before any rule is applied (the screen binds to it directly).
public sealed class CompanyDraft
{
    public string? LegalName { get; set; }

    public string? Npwp { get; set; }

    public string? Nib { get; set; }

    public CompanySector? Sector { get; set; }

    public string? Address { get; set; }

    public string? ContactName { get; set; }

    public string? ContactPhone { get; set; }

    public string? ContactEmail { get; set; }

    public long? AnnualCsrBudget { get; set; }

    public bool IsActive { get; set; } = true;

    public IReadOnlyCollection<string> OperatingDesaCodes { get; set; } = [];
}

public sealed record CompanyEditForm(CompanyDraft Draft, Guid Version);

public sealed class CompanyValidationException(IReadOnlyList<FieldIssue> errors)
    : DomainException("Data perusahaan belum benar: " + string.Join(" ", errors.Select(e => e.Message)))
{
    public IReadOnlyList<FieldIssue> Errors { get; } = errors;
}

internal sealed record ValidCompany(CompanyProfile Profile, IReadOnlyList<string> OperatingDesaCodes, bool IsActive);

internal static class CompanyDraftRules
{
    public static (IReadOnlyList<FieldIssue> Errors, ValidCompany? Value) Validate(CompanyDraft draft, IReadOnlyDictionary<string, DesaInfo> desa)
    {
        var errors = new List<FieldIssue>();
        void Fail(string field, string message) => errors.Add(new FieldIssue(field, message));

        var legalName = Clean(draft.LegalName);
        if (legalName.Length == 0)
        {
            Fail(nameof(CompanyDraft.LegalName), "Nama resmi perusahaan wajib diisi.");
        }
        else if (legalName.Length > 200)
        {
            Fail(nameof(CompanyDraft.LegalName), "Nama resmi perusahaan paling banyak 200 huruf.");
        }

        var npwp = NpwpNumber.Normalize(draft.Npwp);
        if (npwp.Error is not null)
        {
            Fail(nameof(CompanyDraft.Npwp), npwp.Error);
        }

        // NIB from OSS RBA is 13 digits; optional because older permits predate it.
        var nib = draft.Nib?.Trim();
        if (!string.IsNullOrEmpty(nib) && (nib.Length != 13 || !nib.All(char.IsAsciiDigit)))
        {
            Fail(nameof(CompanyDraft.Nib), "NIB harus 13 angka.");
        }

        if (draft.Sector is not { } sector || !Enum.IsDefined(sector))
        {
            Fail(nameof(CompanyDraft.Sector), "Pilih sektor usaha.");
        }

        var address = Clean(draft.Address);
        if (address.Length == 0)
        {
            Fail(nameof(CompanyDraft.Address), "Alamat perusahaan wajib diisi.");
        }
        else if (address.Length > 500)
        {
            Fail(nameof(CompanyDraft.Address), "Alamat paling banyak 500 huruf.");
        }

        var contactName = Clean(draft.ContactName);
        if (contactName.Length == 0)
        {
            Fail(nameof(CompanyDraft.ContactName), "Nama kontak CSR wajib diisi.");
        }
        else if (contactName.Length > 150)
        {
            Fail(nameof(CompanyDraft.ContactName), "Nama kontak CSR paling banyak 150 huruf.");
        }

        string? phone = null;
        if (!string.IsNullOrWhiteSpace(draft.ContactPhone))
        {
            var normalized = PhoneNumber.Normalize(draft.ContactPhone);
            if (normalized.Error is not null)
            {
                Fail(nameof(CompanyDraft.ContactPhone), normalized.Error);
            }

            phone = normalized.Value;
        }

        var email = draft.ContactEmail?.Trim();
        if (!string.IsNullOrEmpty(email) && !LooksLikeEmail(email))
        {
            Fail(nameof(CompanyDraft.ContactEmail), "Alamat email kontak tidak valid.");
        }

        if (draft.AnnualCsrBudget is < 0)
        {
            Fail(nameof(CompanyDraft.AnnualCsrBudget), "Anggaran CSR tidak boleh negatif.");
        }
        else if (draft.AnnualCsrBudget > RupiahText.MaxAmount)
        {
            Fail(nameof(CompanyDraft.AnnualCsrBudget), Company.BudgetTooLarge);
        }

        var codes = draft.OperatingDesaCodes.Select(c => c.Trim()).Distinct(StringComparer.Ordinal).ToList();
        if (codes.Count == 0)
        {
            Fail(nameof(CompanyDraft.OperatingDesaCodes), "Pilih minimal satu desa tempat perusahaan beroperasi.");
        }
        else if (codes.Where(c => !desa.ContainsKey(c)).ToList() is { Count: > 0 } unknown)
        {
            Fail(nameof(CompanyDraft.OperatingDesaCodes), $"Kode desa tidak dikenal di Kabupaten Tanah Laut: {string.Join(", ", unknown)}.");
        }

        if (errors.Count > 0)
        {
            return (errors, null);
        }

        var profile = new CompanyProfile(
            legalName, npwp.Value, nib, draft.Sector!.Value, address, contactName, phone, email, draft.AnnualCsrBudget);
        return (errors, new ValidCompany(profile, codes, draft.IsActive));
    }

    private static string Clean(string? value) => value is null ? "" : UserText.Sanitize(value).Trim();

    private static bool LooksLikeEmail(string email)
    {
        var at = email.IndexOf('@', StringComparison.Ordinal);
        return email.Length <= 150
            && at > 0
            && at == email.LastIndexOf('@')
            && email.IndexOf('.', at) > at + 1
            && !email.EndsWith('.')
            && !email.Any(char.IsWhiteSpace);
    }
}
