using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Domain.Workers;
using CsrSponsorship.Core.Features.Identity;

namespace CsrSponsorship.Core.Features.Workers;

// UU 27/2022 (PDP): full NIK and phone stay inside Disnakerind. Admin and Disnakerind see them; a desk
// officer sees those of the workers they registered; companies and finance only ever get masked values.
// Applied in the services, so no page or export can leak what the service never returned.
//
// The six hidden digits of a masked NIK are the birth date (DDMMYY, +40 on the day for women), so a masked
// worker's birth date, exact age and birth place are withheld too: the caller gets the birth year only, and
// lists it can sort or filter treat birth dates by year (docs/security.md, "Masking personal data").
public static class PersonalDataPolicy
{
    public const string ReviewReasonMasked = "Kemungkinan data ganda; sedang ditinjau Disnakerind.";

    public static bool CanSeeFull(Caller caller, string registeredByUserId) =>
        caller.IsAny(Roles.Admin, Roles.Disnakerind)
        || (caller.Role == Roles.Loket && caller.UserId == registeredByUserId);

    // Roles that see every worker in full. Anyone else may get masked rows, so the birth-date sort and the
    // age filter work on the birth year for them: a row's rank or presence must not tell the day of birth.
    public static bool SeesEveryoneInFull(Caller caller) => caller.IsAny(Roles.Admin, Roles.Disnakerind);

    public static string Nik(Caller caller, string nik, string registeredByUserId) =>
        CanSeeFull(caller, registeredByUserId) ? nik : NikMask.Mask(nik);

    public static string? Phone(Caller caller, string? phone, string registeredByUserId) =>
        phone is null ? null : CanSeeFull(caller, registeredByUserId) ? phone : PhoneNumber.Mask(phone);

    public static DateOnly? BirthDate(Caller caller, DateOnly birthDate, string registeredByUserId) =>
        CanSeeFull(caller, registeredByUserId) ? birthDate : null;

    // An exact age ticks over on the birthday, so looking twice would give the day away: masked callers get none.
    public static int? AgeOn(Caller caller, DateOnly birthDate, string registeredByUserId, DateOnly today) =>
        CanSeeFull(caller, registeredByUserId) ? Age.On(birthDate, today) : null;

    public static string? BirthPlace(Caller caller, string birthPlace, string registeredByUserId) =>
        CanSeeFull(caller, registeredByUserId) ? birthPlace : null;

    // "Same name and birth date as worker #12" would hand a masked worker's birth date to anyone who sees #12 in full.
    public static string? ReviewReason(Caller caller, string? reason, string registeredByUserId) =>
        reason is null || CanSeeFull(caller, registeredByUserId) ? reason : ReviewReasonMasked;
}
