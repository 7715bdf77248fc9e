using CsrSponsorship.Core.Domain.CircularLetters;

namespace CsrSponsorship.Core.Features.CircularLetters;

public sealed record LetterQuery(LetterStatus? Status = null, string? Search = null, Common.PageRequest? Page = null);

public sealed record LetterRow(
    int Id, LetterKind Kind, string? Number, DateOnly? LetterDate, string Subject, LetterStatus Status, int Recipients, DateTime CreatedAtUtc,
    CompanyAnswer? Mine = null);

// What the signed-in company answered to a letter addressed to it.
public sealed record CompanyAnswer(DateOnly? AcknowledgedOn, int? PledgedWorkers, int? PledgedMonths, DateOnly? PledgedOn);

public sealed record LetterEventView(LetterEventKind Kind, string UserName, DateTime AtUtc, string? Note, string? CompanyName);

public sealed record LetterRecipientView(
    int CompanyId, string CompanyName, int? SuggestedWorkers, int? SuggestedMonths, DateOnly? SentOn, DeliveryChannel? Channel,
    DateOnly? AcknowledgedOn, int? PledgedWorkers, int? PledgedMonths, DateOnly? LastReminderOn);

public sealed record LetterLink(int Id, LetterKind Kind, string? Number, LetterStatus Status);

public sealed record LetterDetail(
    int Id, LetterKind Kind, LetterStatus Status, string? Number, DateOnly? LetterDate, LetterContent Content,
    string DraftedBy, DateTime? SignedAtUtc, string? SignedBy, bool HasUploadedFile, string? VerificationUrl,
    LetterLink? Original, IReadOnlyList<LetterLink> FollowUps,
    IReadOnlyList<LetterEventView> Events, IReadOnlyList<LetterRecipientView> Recipients, Guid Version,
    bool CanEdit, bool CanSubmit, bool CanReview, bool CanSign, bool CanDistribute, bool CanTrack, bool CanFollowUp);

public sealed record CompanyChoice(int Id, string Name, bool InProgrammeArea, string? ContactPhone, string? ContactEmail);

public sealed record RecipientChoice(int CompanyId, int? SuggestedWorkers = null, int? SuggestedMonths = null);

public sealed record FunnelCompany(int CompanyId, string CompanyName, string? ContactPhone, string? ContactEmail, DateOnly? LastReminderOn);

// addressed → acknowledged → pledged → invoiced → paid, counted in companies; WorkersCovered in distinct workers.
public sealed record LetterFunnel(
    int Addressed, int Acknowledged, int Pledged, int Invoiced, int Paid, int WorkersCovered, int PledgedWorkers,
    IReadOnlyList<FunnelCompany> NotResponded)
{
    // The signing instant: adoptions, invoices, payments and coverage count from here on.
    public DateTime? CountedFromUtc { get; init; }
}

public sealed record ReminderLinks(string? WhatsApp, string? Email);

// The combined print file of a letter, on disk until Content is closed.
public sealed record CombinedLetterFile(string FileName, Stream Content) : IAsyncDisposable
{
    public ValueTask DisposeAsync() => Content.DisposeAsync();
}

// How far the combined print file is: Made of Total copies.
public sealed record CopiesMade(int Made, int Total);
