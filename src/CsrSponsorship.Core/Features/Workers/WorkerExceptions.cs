using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Domain.Workers;

namespace CsrSponsorship.Core.Features.Workers;

public sealed class WorkerValidationException(IReadOnlyList<FieldIssue> errors)
    : DomainException("Data pekerja belum benar: " + string.Join(" ", errors.Select(e => e.Message)))
{
    public IReadOnlyList<FieldIssue> Errors { get; } = errors;
}

// ExistingWorkerId is set only when the caller may open that record; others learn only that the NIK is taken.
public sealed class DuplicateNikException(string message, int? existingWorkerId) : DomainException(message)
{
    public int? ExistingWorkerId { get; } = existingWorkerId;
}
