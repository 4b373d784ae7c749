using Asiakasmaksu.Domain.Invoices;

namespace Asiakasmaksu.Domain.Notices;

/// <summary>Whom a ceiling notice goes to: the holder's name as shown, the language and the recipient (a guardian or relative when named).</summary>
/// <param name="HolderName">The ceiling holder's name.</param>
/// <param name="Language">The notice's language.</param>
/// <param name="Recipient">Who receives it.</param>
public sealed record CeilingAddressee(string HolderName, Language Language, Recipient Recipient);
