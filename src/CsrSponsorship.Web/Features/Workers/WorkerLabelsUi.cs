using CsrSponsorship.Core.Domain.Workers;
using MudBlazor;

namespace CsrSponsorship.Web.Features.Workers;

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
}
