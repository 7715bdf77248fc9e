using Bunit;
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

    public virtual Task InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeTestResourcesAsync();
        await base.DisposeAsync();
    }

    protected virtual Task DisposeTestResourcesAsync() => Task.CompletedTask;
}
