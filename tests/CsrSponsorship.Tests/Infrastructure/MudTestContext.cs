using Bunit;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Features.Outreach;
using CsrSponsorship.Core.Features.Reports;
using CsrSponsorship.Core.Features.Wilayah;
using CsrSponsorship.Core.Features.Workers;
using CsrSponsorship.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace CsrSponsorship.Tests.Infrastructure;

// The one bUnit setup for MudBlazor components: loose JS interop, no transitions, async disposal.
public abstract class MudTestContext : BunitContext, IAsyncLifetime
{
    protected MudTestContext()
    {
        // WaitFor… returns as soon as its assertion holds; the limit only matters on a machine so busy that the
        // renderer did not get a turn (CI runs both test projects at once on 2 cores; bUnit's default is 1 s).
        DefaultWaitTimeout = TimeSpan.FromSeconds(10);
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices(options =>
        {
            options.SnackbarConfiguration.ShowTransitionDuration = 0;
            options.SnackbarConfiguration.HideTransitionDuration = 0;
            options.PopoverOptions.CheckForPopoverProvider = false;
        });
    }

    // Needed by components that read RendererInfo; call after every service registration.
    protected void UseServerRenderer() => SetRendererInfo(new RendererInfo("Server", true));

    protected IRenderedComponent<MudPopoverProvider> RenderPopoverProvider() => Render<MudPopoverProvider>();

    // What the worker list and detail pages need from a running test app, for a signed-in Disnakerind officer.
    protected void UseWorkerPagesAsDisnakerind(TestApp app)
    {
        ArgumentNullException.ThrowIfNull(app);
        Services.AddSingleton(app.Get<WorkerService>());
        Services.AddSingleton(app.Get<ExportService>());
        Services.AddSingleton(app.Get<WilayahService>());
        Services.AddSingleton<FileDownloader>();
        var auth = AddAuthorization();
        auth.SetAuthorized("disnaker@demo.local");
        auth.SetRoles(Roles.Disnakerind);
    }

    // What the worker form needs besides the worker services: the desks a registration may be attributed to, for a
    // signed-in user of this role (the form asks the desk service and reads the role).
    protected void UseWorkerFormAs(TestApp app, string role)
    {
        ArgumentNullException.ThrowIfNull(app);
        Services.AddSingleton(app.Get<DeskService>());
        var auth = AddAuthorization();
        auth.SetAuthorized(role.ToLowerInvariant() + "@test.local");
        auth.SetRoles(role);
    }

    public virtual Task InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeTestResourcesAsync();
        await base.DisposeAsync();
    }

    protected virtual Task DisposeTestResourcesAsync() => Task.CompletedTask;
}
