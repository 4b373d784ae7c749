using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Asiakasmaksu.Domain.Billing;

/// <summary>
/// The content hash of a billing line: lower-case hex SHA-256 of the UTF-8 canonical form of every
/// known column, in <see cref="HeaderLayout.Known"/> order, joined by U+001F. Canonical forms:
/// texts trimmed as written, the language code in lower case, dates yyyy-mm-dd, amounts and unit
/// prices with two decimals and '.', the quantity without trailing zeros, the ceiling flag 1 or 0,
/// an absent optional field empty; the ceiling columns (service_category, days,
/// ceiling_holder_id) are appended only when a line is not an ordinary one of its own client's
/// ceiling, so lines without them keep the hash they had before those columns existed. So the same line sent with ';' and decimal commas, or with ','
/// and decimal points, has the same hash. Unknown columns and the line number are not part of it.
/// The henkilötunnus is part of it, and kept nowhere else.
/// </summary>
internal static class BillingContentHash
{
    public static string Of(IReadOnlyList<string> canonicalFields)
    {
        var text = string.Join('\u001F', canonicalFields);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>The canonical text of a quantity: invariant, no trailing zeros ("2.50" → "2.5").</summary>
    public static string Quantity(decimal quantity) => quantity.ToString("0.####", CultureInfo.InvariantCulture);
}
