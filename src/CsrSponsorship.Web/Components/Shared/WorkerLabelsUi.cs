using System.Globalization;
using CsrSponsorship.Core.Domain.Workers;
using MudBlazor;

namespace CsrSponsorship.Web.Components.Shared;

// Shared by the worker pages and the adoption list, which show the same status chips and ages.
internal static class WorkerLabelsUi
{
    public static Color StatusColor(WorkerStatus status) => status switch
    {
        WorkerStatus.Terdaftar => Color.Default,
        WorkerStatus.Terverifikasi => Color.Info,
        WorkerStatus.Disponsori => Color.Success,
        WorkerStatus.Mandiri => Color.Primary,
        WorkerStatus.Nonaktif => Color.Dark,
        _ => Color.Default,
    };

    // A worker whose NIK the caller sees masked comes without an age (PersonalDataPolicy): the birth year stands in.
    public static string AgeOrBirthYear(int? age, int birthYear) =>
        age?.ToString(CultureInfo.InvariantCulture) ?? string.Create(CultureInfo.InvariantCulture, $"lahir {birthYear}");
}
