namespace Asiakasmaksu.StaffWeb.Services;

/// <summary>One key the local host offers to sign in with (<c>GET /local/sign-in</c>: the local host's configured keys).</summary>
public sealed record SignInChoice(string Key, string StaffId, string Role);
