using System.Globalization;

namespace Asiakasmaksu.Domain.References;

/// <summary>
/// The virtual bank barcode (virtuaaliviivakoodi) of the Finnish bank barcode guide
/// (Pankkiviivakoodi-opas 5.3): 54 digits a payer pastes into online banking.
/// Version 4: "4" + 16 IBAN digits (without "FI") + 8-digit amount in cents + "000" +
/// 20-digit zero-padded national reference + due date YYMMDD. Version 5: "5" + IBAN digits +
/// amount + the RF reference's 2 check digits + its 21-digit zero-padded reference + due date.
/// No due date is "000000".
/// </summary>
public static class VirtualBarcode
{
    /// <summary>Length of a virtual barcode.</summary>
    public const int Length = 54;

    /// <summary>Largest amount the 8-digit field holds.</summary>
    public static readonly Money MaxAmount = Money.FromCents(99_999_999);

    /// <summary>
    /// The barcode for paying <paramref name="amount"/> to <paramref name="iban"/> (Finnish, spaces
    /// allowed) with <paramref name="reference"/>: version 5 when it is an RF reference (its
    /// reference part must be digits: the barcode holds no letters), version 4 when it is a
    /// national reference. An amount above 999 999.99 € is written as zero, as the guide says
    /// (the payer types the amount from the invoice); client fees never reach it (the billing file
    /// caps a line at 1 000 000 €, an invoice this large would still get a usable barcode).
    /// Throws <see cref="ArgumentException"/> for a non-Finnish or invalid IBAN, a negative amount,
    /// an invalid reference or a due date outside 2000–2099: all are programming errors here.
    /// </summary>
    public static string Create(string iban, Money amount, string reference, DateOnly? dueDate)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var account = FinnishIban.Normalize(iban)
            ?? throw new ArgumentException("Not a valid Finnish IBAN.", nameof(iban));
        if (amount.IsNegative)
        {
            throw new ArgumentException("A barcode amount cannot be negative.", nameof(amount));
        }

        if (dueDate is { Year: < 2000 or > 2099 })
        {
            throw new ArgumentException("A barcode due date must be in 2000–2099.", nameof(dueDate));
        }

        var cents = amount > MaxAmount ? 0 : amount.Cents;
        var due = dueDate is { } d ? d.ToString("yyMMdd", CultureInfo.InvariantCulture) : "000000";
        return $"{VersionAndReference(reference, account, cents)}{due}";
    }

    /// <summary>
    /// Reads a 54-digit barcode (spaces allowed); false when it is not one: wrong length, not
    /// digits, unknown version, an IBAN or reference that fails its check, a non-zero reserved
    /// field in version 4, or an impossible due date. Years read as 2000–2099.
    /// </summary>
    public static bool TryParse(string? barcode, out VirtualBarcodeData data)
    {
        data = null!;
        if (barcode is null)
        {
            return false;
        }

        var text = NationalReference.RemoveSpaces(barcode);
        if (text.Length != Length || !NationalReference.AllDigits(text))
        {
            return false;
        }

        var iban = FinnishIban.Normalize("FI" + text[1..17]);
        var reference = text[0] switch
        {
            '4' when text[25..28] == "000" => NationalReference.Normalize(text[28..48]),
            '5' => "RF" + text[25..27] + NationalReference.Normalize(text[27..48]),
            _ => null,
        };
        var valid = text[0] == '4' ? NationalReference.IsValid(reference) : CreditorReference.IsValid(reference);
        if (iban is null || reference is null || !valid || !TryReadDueDate(text[48..], out var due))
        {
            return false;
        }

        var cents = long.Parse(text[17..25], NumberStyles.None, CultureInfo.InvariantCulture);
        data = new VirtualBarcodeData(text[0] - '0', iban, Money.FromCents(cents), reference, due);
        return true;
    }

    private static string VersionAndReference(string reference, string account, long cents)
    {
        var head = $"{account[2..]}{cents:00000000}";
        if (CreditorReference.LooksLikeCreditorReference(reference))
        {
            var rf = NationalReference.RemoveSpaces(reference).ToUpperInvariant();
            var body = rf[4..].TrimStart('0');
            if (!CreditorReference.IsValid(rf) || !NationalReference.AllDigits(body))
            {
                throw new ArgumentException("A version 5 barcode needs a valid RF reference made of digits.", nameof(reference));
            }

            return $"5{head}{rf[2..4]}{body.PadLeft(21, '0')}";
        }

        if (!NationalReference.IsValid(reference))
        {
            throw new ArgumentException("Not a valid national or RF reference.", nameof(reference));
        }

        return $"4{head}000{NationalReference.Normalize(reference).PadLeft(20, '0')}";
    }

    private static bool TryReadDueDate(string yymmdd, out DateOnly? due)
    {
        due = null;
        if (yymmdd == "000000")
        {
            return true;
        }

        if (DateOnly.TryParseExact("20" + yymmdd, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            due = date;
            return true;
        }

        return false;
    }
}
