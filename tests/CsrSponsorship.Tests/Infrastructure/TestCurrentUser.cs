using CsrSponsorship.Core.Features.Identity;

namespace CsrSponsorship.Tests.Infrastructure;

// Tests switch the caller between steps the way different people would use the same services.
public sealed class TestCurrentUser : ICurrentUser
{
    public Caller Caller { get; set; } = Caller.Anonymous;

    public Task<Caller> GetAsync() => Task.FromResult(Caller);
}
