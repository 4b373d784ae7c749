namespace Asiakasmaksu.Rendering.Tests;

/// <summary>
/// Values worked out by hand from the rules (domain facts, bank barcode guide), not by the code
/// under test: the printed references of 12345672 and the virtual barcodes of the fixtures.
/// </summary>
internal static class Expected
{
    /// <summary>12345672 in groups of five from the right.</summary>
    public const string NationalReference = "123 45672";

    /// <summary>RF + 98 − ("12345672" + "RF00" as digits mod 97) = RF85, in groups of four.</summary>
    public const string CreditorReference = "RF85 1234 5672";

    public const string Iban = "FI21 1234 5600 0007 85";

    public const string Bic = "NDEAFIHH";

    /// <summary>Version 4: "4", the IBAN's 16 digits, 8-digit cents, "000", the reference padded to 20, YYMMDD.</summary>
    public static string Barcode(long cents, string yymmdd) =>
        "4" + "2112345600000785" + cents.ToString("D8") + "000" + "00000000000012345672" + yymmdd;

    /// <summary>The seed invoice: 45.90 € due 11.8.2017.</summary>
    public static readonly string SeedInvoiceBarcode = "421123456000007850000459000000000000000012345672170811";

    /// <summary>fi/sv amounts: decimal comma, no-break space before €.</summary>
    public static string Fi(string amount) => amount + "\u00A0€";
}
