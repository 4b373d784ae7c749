namespace Asiakasmaksu.Domain;

/// <summary>The two-letter codes of <see cref="Language"/> as they stand in files and JSON.</summary>
public static class LanguageCodes
{
    /// <summary>Reads "fi", "sv" or "en" (case-insensitive); false for anything else.</summary>
    public static bool TryParse(string? code, out Language language)
    {
        switch (code?.Trim().ToUpperInvariant())
        {
            case "FI": language = Language.Fi; return true;
            case "SV": language = Language.Sv; return true;
            case "EN": language = Language.En; return true;
            default: language = default; return false;
        }
    }

    /// <summary>The lower-case code: "fi", "sv" or "en".</summary>
    public static string Code(this Language language) => language switch
    {
        Language.Fi => "fi",
        Language.Sv => "sv",
        Language.En => "en",
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, null),
    };
}
