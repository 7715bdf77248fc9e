using CsrSponsorship.Core.Domain.Workers;

namespace CsrSponsorship.Web.Components.Shared;

// A field of an entity form: its Core name (nameof(WorkerDraft.Nik)), the label users read, and whether it is required.
public sealed record FormField(string Name, string Label, bool Required = false);

// One form's problems keyed by Core's field names, and the ids that tie them together: the error under a field is
// the input's aria-describedby, and ErrorSummary links to the input. Both entity forms (worker, company) use it.
public sealed class FormIssues(string idPrefix, IReadOnlyList<FormField> fields)
{
    private readonly Dictionary<string, string> errors = new(StringComparer.Ordinal);

    public IReadOnlyList<FormField> Fields => fields;

    // A refusal that belongs to no single field (a concurrent edit, say).
    public string? General { get; private set; }

    // Grows with every refused save, so the summary knows when to take focus.
    public int Refusals { get; private set; }

    public bool Any => errors.Count > 0 || General is not null;

    public int Count => errors.Count;

    public bool Has(string field) => errors.ContainsKey(field);

    public string? Of(string field) => errors.GetValueOrDefault(field);

    public string InputId(string field) => $"{idPrefix}-{field.ToLowerInvariant()}";

    public string ErrorId(string field) => InputId(field) + "-error";

    public FormField Field(string name) => fields.FirstOrDefault(f => f.Name == name) ?? new FormField(name, name);

    // The summary in the order of the form, so its first entry is the first field in error.
    public IEnumerable<(FormField Field, string Message)> InFormOrder() =>
        fields.Where(f => errors.ContainsKey(f.Name)).Select(f => (f, errors[f.Name]))
            .Concat(errors.Where(e => fields.All(f => f.Name != e.Key)).Select(e => (new FormField(e.Key, ""), e.Value)));

    // A refused save: every problem replaces the previous ones and the summary takes focus.
    public void Refuse(IEnumerable<FieldIssue> issues, string? general = null)
    {
        errors.Clear();
        foreach (var group in issues.GroupBy(i => i.Field, StringComparer.Ordinal))
        {
            errors[group.Key] = string.Join(" ", group.Select(i => i.Message));
        }

        General = general;
        Refusals++;
    }

    // A problem found while typing (an impossible NIK): shown under the field, no focus move.
    public void Set(string field, string message) => errors[field] = message;

    public void Clear(string field) => errors.Remove(field);

    // Parameters for a MudBlazor text field or select: label, required marker (asterisk and aria-required), the
    // input's id, and aria-describedby pointing at the FieldError below it while it shows a message.
    public IReadOnlyDictionary<string, object> Input(string name)
    {
        var parameters = Common(name);
        if (Has(name))
        {
            // HelperId, not ErrorId: MudBlazor would draw its own (empty) element with an ErrorId, doubling the id.
            parameters["HelperId"] = ErrorId(name);
        }

        return parameters;
    }

    // Pickers have no HelperId: their message goes into MudBlazor's own error line, which carries ErrorId.
    public IReadOnlyDictionary<string, object> Picker(string name)
    {
        var parameters = Common(name);
        if (Of(name) is { } message)
        {
            parameters["ErrorText"] = message;
            parameters["ErrorId"] = ErrorId(name);
        }

        return parameters;
    }

    private Dictionary<string, object> Common(string name)
    {
        var field = Field(name);
        return new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["Label"] = field.Label,
            ["InputId"] = InputId(name),
            ["Required"] = field.Required,
            ["RequiredError"] = $"{field.Label} wajib diisi.",
            ["Error"] = Has(name),
        };
    }
}
