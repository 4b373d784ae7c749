using Asiakasmaksu.Domain.References;

namespace Asiakasmaksu.StaffApi.Http;

/// <summary>
/// Finds a henkilötunnus (Finnish personal identity code) in free text or an id from a request, so
/// that it is refused before it reaches the audit, a log or an answer. However it is spelled: the
/// text is folded first (fullwidth digits, any dash, spaces around the century sign or between the
/// parts, zero-width characters inside), and a near miss with a wrong check character counts too
/// (<see cref="PersonalIdentityCodeSearch"/>, shared with the billing import).
/// </summary>
public static class PersonalIdentityCodes
{
    /// <summary>True when <paramref name="text"/> holds something that looks like a henkilötunnus.</summary>
    public static bool Contains(string text) => PersonalIdentityCodeSearch.Contains(text);
}
