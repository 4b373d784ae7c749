using Microsoft.JSInterop;

namespace Asiakasmaksu.StaffWeb.Services;

/// <summary>
/// Who is signed in (the API key sent as <c>Authorization: Bearer …</c>, with its staff id and role) and
/// the language, kept in the browser's session storage: they last as long as the tab, never on disk.
/// Served by Azure Static Web Apps there is no key: the platform's Entra ID sign-in
/// (<see cref="StaticWebAppsSignIn"/>) says whether someone is signed in, and <c>GET /api/me</c> who.
/// </summary>
public sealed class Session(IJSRuntime js, HttpClient http)
{
    private const string KeyItem = "asiakasmaksu.key";
    private const string StaffItem = "asiakasmaksu.staffId";
    private const string RoleItem = "asiakasmaksu.role";
    private const string LanguageItem = "asiakasmaksu.language";
    private bool loaded;
    private bool platformSignedIn;

    /// <summary>The languages the app speaks, Finnish first (the default).</summary>
    public static readonly IReadOnlyList<string> Languages = ["fi", "sv", "en"];

    /// <summary>Raised when the sign-in or the language changes.</summary>
    public event Action? Changed;

    /// <summary>The API key, or null when nobody is signed in.</summary>
    public string? Key { get; private set; }

    /// <summary>The signed-in staff id.</summary>
    public string? StaffId { get; private set; }

    /// <summary>The signed-in role: team, supervisor, director or auditor.</summary>
    public string? Role { get; private set; }

    /// <summary>The language of the texts: fi, sv or en.</summary>
    public string Language { get; private set; } = "fi";

    /// <summary>Today on the host's business clock (from <c>GET /api/me</c>), once read.</summary>
    public DateOnly? Today { get; private set; }

    /// <summary>The host's warning of a coming year (or half-year) without a tariff (from <c>GET /api/me</c>), or null.</summary>
    public string? TariffWarning { get; private set; }

    /// <summary>Whether someone is signed in.</summary>
    public bool SignedIn => Key is not null || platformSignedIn;

    /// <summary>Whether the app is served by Azure Static Web Apps: sign-in by Entra ID, no key (docs/deploy.md).</summary>
    public bool Platform { get; private set; }

    /// <summary>Whether someone who was signed in through Static Web Apps signed out in this tab: the sign-in page then signs them out of the platform too.</summary>
    public bool PlatformSignOutRequested { get; private set; }

    /// <summary>Reads the session once per page load, and sets the document's language.</summary>
    public async Task LoadAsync()
    {
        if (loaded)
        {
            return;
        }

        Key = await js.InvokeAsync<string?>("sessionStorage.getItem", KeyItem);
        StaffId = await js.InvokeAsync<string?>("sessionStorage.getItem", StaffItem);
        Role = await js.InvokeAsync<string?>("sessionStorage.getItem", RoleItem);
        if (Key is null && await StaticWebAppsSignIn.SignedInAsync(http) is { } signedIn)
        {
            // Who and in which role is the API's word (GET /api/me), never what the tab stored.
            (Platform, platformSignedIn, StaffId, Role) = (true, signedIn, null, null);
        }

        var language = await js.InvokeAsync<string?>("sessionStorage.getItem", LanguageItem);
        Language = language is not null && Languages.Contains(language) ? language : "fi";
        loaded = true;
        await js.InvokeVoidAsync("document.documentElement.setAttribute", "lang", Language);
        Changed?.Invoke();
    }

    /// <summary>Signs in with <paramref name="key"/> as <paramref name="staffId"/> in <paramref name="role"/>.</summary>
    public async Task SignInAsync(string key, string staffId, string role)
    {
        (Key, StaffId, Role) = (key, staffId, role);
        await js.InvokeVoidAsync("sessionStorage.setItem", KeyItem, key);
        await js.InvokeVoidAsync("sessionStorage.setItem", StaffItem, staffId);
        await js.InvokeVoidAsync("sessionStorage.setItem", RoleItem, role);
        Changed?.Invoke();
    }

    /// <summary>Takes who the API says the key belongs to, and its today.</summary>
    public async Task ConfirmAsync(string staffId, string role, DateOnly today, string? tariffWarning = null)
    {
        Today = today;
        if (tariffWarning != TariffWarning)
        {
            TariffWarning = tariffWarning;
            Changed?.Invoke();
        }

        if (Key is { } key && (staffId != StaffId || role != Role))
        {
            await SignInAsync(key, staffId, role);
        }
        else if (platformSignedIn && (staffId != StaffId || role != Role))
        {
            (StaffId, Role) = (staffId, role);
            Changed?.Invoke();
        }
    }

    /// <summary>
    /// Forgets the key. Through Static Web Apps, a sign-out of someone the API had confirmed is also a
    /// sign-out of the platform (<see cref="PlatformSignOutRequested"/>); one the API refused is not,
    /// so that a refusal never turns into a loop of signing in and out.
    /// </summary>
    public async Task SignOutAsync()
    {
        PlatformSignOutRequested = platformSignedIn && Today is not null;
        platformSignedIn = false;
        (Key, StaffId, Role, Today) = (null, null, null, null);
        await js.InvokeVoidAsync("sessionStorage.removeItem", KeyItem);
        await js.InvokeVoidAsync("sessionStorage.removeItem", StaffItem);
        await js.InvokeVoidAsync("sessionStorage.removeItem", RoleItem);
        Changed?.Invoke();
    }

    /// <summary>Switches the language of the texts and of the document (<c>lang</c>).</summary>
    public async Task SetLanguageAsync(string language)
    {
        Language = Languages.Contains(language) ? language : "fi";
        await js.InvokeVoidAsync("sessionStorage.setItem", LanguageItem, Language);
        await js.InvokeVoidAsync("document.documentElement.setAttribute", "lang", Language);
        Changed?.Invoke();
    }
}
