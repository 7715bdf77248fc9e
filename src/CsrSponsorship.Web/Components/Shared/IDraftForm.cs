using CsrSponsorship.Core.Common;

namespace CsrSponsorship.Web.Components.Shared;

// What DraftEditPanel needs from an entity form: its own checks before the save, and a place to show a refusal.
public interface IDraftForm
{
    Task<bool> ValidateAsync();

    // Each form knows which of Core's refusals belong next to a field; anything else is its summary message.
    void ShowRefusal(DomainException refusal);
}
