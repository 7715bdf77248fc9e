using CsrSponsorship.Core.Domain.CircularLetters;
using CsrSponsorship.Core.Features.CircularLetters;

namespace CsrSponsorship.Web.Features.CircularLetters;

// The recipients tab's choices before distribution. The letter page keeps them, because MudTabs drops a hidden
// tab's component and the ticks, suggestions and channel must survive a look at another tab.
public sealed class RecipientPicker
{
    private Dictionary<int, RecipientSelection> selection = [];

    public IReadOnlyList<CompanyChoice> Companies { get; private set; } = [];

    public DeliveryChannel Channel { get; set; } = DeliveryChannel.Email;

    public int SelectedCount => selection.Count(s => s.Value.Selected);

    public RecipientSelection this[int companyId] => selection[companyId];

    // Saved recipients come back ticked with their suggestions; while none are saved, the programme area is ticked.
    public void Fill(IReadOnlyList<CompanyChoice> companies, IReadOnlyList<LetterRecipientView> saved)
    {
        ArgumentNullException.ThrowIfNull(companies);
        ArgumentNullException.ThrowIfNull(saved);
        Companies = companies;
        var chosen = saved.ToDictionary(r => r.CompanyId);
        selection = companies.ToDictionary(c => c.Id, c => chosen.TryGetValue(c.Id, out var r)
            ? new RecipientSelection { Selected = true, Workers = r.SuggestedWorkers, Months = r.SuggestedMonths }
            : new RecipientSelection { Selected = chosen.Count == 0 && c.InProgrammeArea });
    }

    public void SelectProgrammeArea()
    {
        foreach (var c in Companies)
        {
            selection[c.Id].Selected = c.InProgrammeArea;
        }
    }

    public void Clear()
    {
        foreach (var s in selection.Values)
        {
            s.Selected = false;
        }
    }

    public List<RecipientChoice> Chosen() =>
        [.. selection.Where(s => s.Value.Selected).Select(s => new RecipientChoice(s.Key, s.Value.Workers, s.Value.Months))];
}

public sealed class RecipientSelection
{
    public bool Selected { get; set; }

    public int? Workers { get; set; }

    public int? Months { get; set; }
}
