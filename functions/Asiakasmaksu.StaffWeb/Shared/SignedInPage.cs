using Asiakasmaksu.StaffWeb.Services;
using Microsoft.AspNetCore.Components;

namespace Asiakasmaksu.StaffWeb.Shared;

/// <summary>
/// A page for signed-in staff: sends whoever is not signed in to the sign-in page, and redraws when the
/// language changes.
/// </summary>
public abstract class SignedInPage : ComponentBase, IDisposable
{
    /// <summary>The session.</summary>
    [Inject] protected Session Session { get; set; } = default!;

    /// <summary>The texts.</summary>
    [Inject] protected Texts T { get; set; } = default!;

    /// <summary>The API.</summary>
    [Inject] protected StaffApiClient Api { get; set; } = default!;

    /// <summary>Navigation.</summary>
    [Inject] protected NavigationManager Nav { get; set; } = default!;

    /// <summary>Whether the signed-in role may change invoices (every role but the auditor).</summary>
    protected bool MayChange => Session.Role is "team" or "supervisor" or "director";

    /// <inheritdoc />
    protected override async Task OnInitializedAsync()
    {
        Session.Changed += Redraw;
        await Session.LoadAsync();
        if (!Session.SignedIn)
        {
            Nav.NavigateTo("/sign-in?return=" + Uri.EscapeDataString(Nav.ToBaseRelativePath(Nav.Uri)));
            return;
        }

        if (Session.Today is null)
        {
            var me = await Api.MeAsync();
            if (me.Status == 401)
            {
                await Session.SignOutAsync();
                Nav.NavigateTo("/sign-in");
                return;
            }

            if (me.Ok)
            {
                await Session.ConfirmAsync(me.Value!.StaffId, me.Value.Role, me.Value.Today, me.Value.TariffWarning);
            }
        }

        await LoadAsync();
    }

    /// <summary>Loads what the page shows.</summary>
    protected virtual Task LoadAsync() => Task.CompletedTask;

    private void Redraw() => InvokeAsync(StateHasChanged);

    /// <inheritdoc />
    public void Dispose()
    {
        Session.Changed -= Redraw;
        GC.SuppressFinalize(this);
    }
}
