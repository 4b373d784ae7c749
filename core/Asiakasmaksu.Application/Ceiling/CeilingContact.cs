using Asiakasmaksu.Domain;
using Asiakasmaksu.Domain.Invoices;

namespace Asiakasmaksu.Application.Ceiling;

/// <summary>
/// Whom a ceiling account's notices (free card, revocation, statement) go to, kept with the account
/// because the account has no invoice of its own. Personal data: never logged.
/// </summary>
/// <param name="HolderName">The ceiling holder's name as the notices show it.</param>
/// <param name="Language">The language of the notices.</param>
/// <param name="Recipient">Who receives the mail (a guardian or relative when the billing line named one).</param>
public sealed record CeilingContact(string HolderName, Language Language, Recipient Recipient);
