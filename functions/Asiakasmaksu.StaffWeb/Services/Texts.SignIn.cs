namespace Asiakasmaksu.StaffWeb.Services;

/// <summary>The sign-in page's texts when the app is served by Azure Static Web Apps (Entra ID sign-in).</summary>
public sealed partial class Texts
{
    private static IEnumerable<(string Key, string Fi, string Sv, string En)> SignIn() =>
    [
        ("SignIn.EntraIntro", "Kirjaudu organisaatiosi Microsoft Entra ID -tunnuksella. Sovellusta voivat käyttää ne, joille on annettu jokin sen rooleista: tiimi, esimies, johtaja tai tarkastaja.", "Logga in med din organisations Microsoft Entra ID-konto. Appen kan användas av dem som har fått någon av dess roller: team, chef, direktör eller revisor.", "Sign in with your organisation's Microsoft Entra ID account. The app is for those given one of its roles: team, supervisor, director or auditor."),
        ("SignIn.Entra", "Kirjaudu Entra ID -tunnuksella", "Logga in med Entra ID", "Sign in with Entra ID"),
        ("SignIn.EntraSignOut", "Kirjaudu ulos Entra ID:stä", "Logga ut från Entra ID", "Sign out of Entra ID"),
        ("SignIn.EntraRefused", "Palvelu ei hyväksynyt kirjautumista: sinulla ei ehkä ole sovelluksen roolia. Pyydä roolia pääkäyttäjältä ja kirjaudu sitten uudelleen.", "Tjänsten godtog inte inloggningen: du har kanske ingen roll i appen. Be administratören om en roll och logga sedan in på nytt.", "The service did not accept the sign-in: you may have no role in the app. Ask an administrator for one, then sign in again."),
    ];
}
