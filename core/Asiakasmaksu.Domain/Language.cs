namespace Asiakasmaksu.Domain;

/// <summary>The language a client is served in: Finnish, Swedish or English.</summary>
public enum Language
{
    /// <summary>Finnish (suomi).</summary>
    Fi,

    /// <summary>Swedish (svenska).</summary>
    Sv,

    /// <summary>English.</summary>
    En,
}
