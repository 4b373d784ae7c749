using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Asiakasmaksu.Domain.Invoices;

namespace Asiakasmaksu.Domain.References;

/// <summary>
/// The payment references of an invoice, derived from its id so that every import of the same
/// billing line gives the same reference. National reference (viitenumero): base = "1" followed
/// by the first 8 bytes of SHA-256 of the UTF-8 id, read as an unsigned big-endian number, mod
/// 10^18, zero-padded to 18 digits; then the 7-3-1 check digit: 20 digits in all. The leading
/// "1" keeps the reference free of leading zeros (so its normalized, printed, RF and barcode
/// forms all carry the same digits). With 10^18 possible bases, ten million invoices collide
/// with probability about 5 × 10^-5. The RF reference is <see cref="CreditorReference.FromNational"/>
/// of the national one.
/// </summary>
public static class InvoiceReferences
{
    private const ulong BaseRange = 1_000_000_000_000_000_000UL;

    /// <summary>The national reference (20 digits, check digit last) of invoice <paramref name="id"/>.</summary>
    public static string NationalFor(InvoiceId id)
    {
        ArgumentNullException.ThrowIfNull(id.Value);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(id.Value));
        var number = BinaryPrimitives.ReadUInt64BigEndian(hash) % BaseRange;
        return NationalReference.Create("1" + number.ToString("D18", CultureInfo.InvariantCulture));
    }

    /// <summary>The RF creditor reference of invoice <paramref name="id"/>: "RF" + check digits + <see cref="NationalFor"/>.</summary>
    public static string CreditorFor(InvoiceId id) => CreditorReference.FromNational(NationalFor(id));
}
