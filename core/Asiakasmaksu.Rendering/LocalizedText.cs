using Asiakasmaksu.Domain;

namespace Asiakasmaksu.Rendering;

/// <summary>
/// A name or phrase in the three notice languages; Swedish and English fall back to Finnish when
/// not given (a welfare area's official name is always Finnish, often also Swedish).
/// </summary>
/// <param name="Fi">Finnish.</param>
/// <param name="Sv">Swedish, if it differs.</param>
/// <param name="En">English, if it differs.</param>
public sealed record LocalizedText(string Fi, string? Sv = null, string? En = null)
{
    /// <summary>The text in <paramref name="language"/>, or the Finnish one when that is not given.</summary>
    public string In(Language language) => language switch
    {
        Language.Sv when !string.IsNullOrWhiteSpace(Sv) => Sv,
        Language.En when !string.IsNullOrWhiteSpace(En) => En,
        _ => Fi,
    };
}
