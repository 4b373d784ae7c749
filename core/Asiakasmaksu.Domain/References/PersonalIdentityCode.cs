namespace Asiakasmaksu.Domain.References;

/// <summary>
/// The Finnish personal identity code (henkilötunnus): DDMMYY, a century sign, a three-digit
/// individual number and a check character (the nine digits DDMMYYNNN mod 31 indexed into
/// "0123456789ABCDEFHJKLMNPRSTUVWXY"). Century signs (since 2023): "+" 1800s; "-", "Y", "X",
/// "W", "V", "U" 1900s; "A", "B", "C", "D", "E", "F" 2000s. Example: 131052-308T.
/// It is personal data: the reasons given here never repeat it, and callers must never log it.
/// </summary>
/// <remarks>
/// Individual numbers: 002–899 are the permanent codes of the Population Information System
/// (Act 661/2009, 11 §); 000 and 001 are never issued and are refused. 900–999 are temporary
/// codes (tilapäinen henkilötunnus) that hospitals and other authorities give to people not yet
/// in the system. They are accepted on purpose: a patient system may bill a client under one, and
/// a billing line is not the place to refuse care already given. Letters must be upper case, as
/// the code is written; nothing is trimmed.
/// </remarks>
public static class PersonalIdentityCode
{
    private const string CheckCharacters = "0123456789ABCDEFHJKLMNPRSTUVWXY";

    /// <summary>Null when <paramref name="code"/> is a valid henkilötunnus, else why not (never containing the code).</summary>
    public static string? Problem(string? code)
    {
        if (code is null || code.Length != 11)
        {
            return "invalid henkilötunnus: must be 11 characters";
        }

        var century = CenturyOf(code[6]);
        if (century is null)
        {
            return "invalid henkilötunnus: unknown century sign";
        }

        if (!NationalReference.AllDigits(code.AsSpan(0, 6)) || !IsDate(code, century.Value))
        {
            return "invalid henkilötunnus: bad date";
        }

        if (!NationalReference.AllDigits(code.AsSpan(7, 3)) || code.AsSpan(7, 3) is "000" or "001")
        {
            return "invalid henkilötunnus: bad individual number";
        }

        var number = int.Parse(string.Concat(code.AsSpan(0, 6), code.AsSpan(7, 3)), System.Globalization.CultureInfo.InvariantCulture);
        return CheckCharacters[number % 31] == code[10] ? null : "invalid henkilötunnus: bad check character";
    }

    /// <summary>True when <paramref name="code"/> is a valid henkilötunnus.</summary>
    public static bool IsValid(string? code) => Problem(code) is null;

    /// <summary>The check character for the nine digits DDMMYYNNN.</summary>
    internal static char CheckCharacter(int nineDigits) => CheckCharacters[nineDigits % 31];

    /// <summary>The century a sign stands for (1800, 1900, 2000), or null for no century sign.</summary>
    internal static int? CenturyOf(char sign) => sign switch
    {
        '+' => 1800,
        '-' or 'Y' or 'X' or 'W' or 'V' or 'U' => 1900,
        'A' or 'B' or 'C' or 'D' or 'E' or 'F' => 2000,
        _ => null,
    };

    /// <summary>True when day, month and year make a real date.</summary>
    internal static bool IsDate(int day, int month, int year) =>
        month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    private static bool IsDate(string code, int century) =>
        IsDate(((code[0] - '0') * 10) + (code[1] - '0'), ((code[2] - '0') * 10) + (code[3] - '0'), century + ((code[4] - '0') * 10) + (code[5] - '0'));
}
