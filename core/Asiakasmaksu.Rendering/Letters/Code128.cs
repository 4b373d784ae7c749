namespace Asiakasmaksu.Rendering.Letters;

/// <summary>
/// Code 128 in subset C, as the Finnish bank barcode guide prints the 54-digit virtual bank barcode
/// (Pankkiviivakoodi-opas): start C, the digits two by two as values 00–99, the check symbol (the
/// start value plus each value times its position, mod 103) and stop. <see cref="Modules"/> gives the
/// widths to draw, in modules, bar first and then alternately space and bar: 11 modules a symbol
/// (3 bars, 3 spaces), 13 for the stop.
/// </summary>
internal static class Code128
{
    /// <summary>The value of the start symbol of subset C.</summary>
    public const int StartC = 105;

    /// <summary>The value of the stop symbol.</summary>
    public const int Stop = 106;

    /// <summary>
    /// Bar and space widths of each value 0–106 (ISO/IEC 15417 table 1), bar first; the stop has a
    /// seventh element, its closing bar of 2 modules.
    /// </summary>
    private static readonly string[] Patterns =
    [
        "212222", "222122", "222221", "121223", "121322", "131222", "122213", "122312", "132212", "221213",
        "221312", "231212", "112232", "122132", "122231", "113222", "123122", "123221", "223211", "221132",
        "221231", "213212", "223112", "312131", "311222", "321122", "321221", "312212", "322112", "322211",
        "212123", "212321", "232121", "111323", "131123", "131321", "112313", "132113", "132311", "211313",
        "231113", "231311", "112133", "112331", "132131", "113123", "113321", "133121", "313121", "211331",
        "231131", "213113", "213311", "213131", "311123", "311321", "331121", "312113", "312311", "332111",
        "314111", "221411", "431111", "111224", "111422", "121124", "121421", "141122", "141221", "112214",
        "112412", "122114", "122411", "142112", "142211", "241211", "221114", "413111", "241112", "134111",
        "111242", "121142", "121241", "114212", "124112", "124211", "411212", "421112", "421211", "212141",
        "214121", "412121", "111143", "111341", "131141", "114113", "114311", "411113", "411311", "113141",
        "114131", "311141", "411131", "211412", "211214", "211232", "2331112",
    ];

    /// <summary>The symbol values of <paramref name="digits"/> (an even number of digits, at least two): start C, the pairs, the check symbol, stop.</summary>
    public static IReadOnlyList<int> Symbols(string digits)
    {
        ArgumentNullException.ThrowIfNull(digits);
        if (digits.Length == 0 || digits.Length % 2 != 0 || !digits.All(char.IsAsciiDigit))
        {
            throw new ArgumentException("Subset C encodes an even number of digits.", nameof(digits));
        }

        var symbols = new List<int>((digits.Length / 2) + 3) { StartC };
        var check = StartC;
        for (var i = 0; i < digits.Length; i += 2)
        {
            var value = ((digits[i] - '0') * 10) + (digits[i + 1] - '0');
            symbols.Add(value);
            check += value * (symbols.Count - 1);
        }

        symbols.Add(check % 103);
        symbols.Add(Stop);
        return symbols;
    }

    /// <summary>The widths to draw for <paramref name="digits"/>, in modules: bar, space, bar, … ending with the stop's closing bar.</summary>
    public static IReadOnlyList<int> Modules(string digits) =>
        [.. Symbols(digits).SelectMany(value => Patterns[value].Select(c => c - '0'))];
}
