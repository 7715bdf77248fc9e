using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Domain.Workers;
using CsrSponsorship.Core.Features.Identity;

namespace CsrSponsorship.Core.Features.Workers;

// UU 27/2022 (PDP): full NIK and phone stay inside Disnakerind. Admin and Disnakerind see them; a desk
// officer sees those of the workers they registered; companies and finance only ever get masked values.
// Applied in the services, so no page or export can leak what the service never returned.
public static class PersonalDataPolicy
{
    public static bool CanSeeFull(Caller caller, string registeredByUserId) =>
        caller.IsAny(Roles.Admin, Roles.Disnakerind)
        || (caller.Role == Roles.Loket && caller.UserId == registeredByUserId);

    public static string Nik(Caller caller, string nik, string registeredByUserId) =>
        CanSeeFull(caller, registeredByUserId) ? nik : NikMask.Mask(nik);

    public static string? Phone(Caller caller, string? phone, string registeredByUserId) =>
        phone is null ? null : CanSeeFull(caller, registeredByUserId) ? phone : PhoneNumber.Mask(phone);
}
