using System.Security.Cryptography;
using System.Text;
using Asiakasmaksu.Domain.Invoices;

namespace Asiakasmaksu.Domain.Billing;

/// <summary>
/// The deterministic invoice id (docs/billing-file.md): one invoice per (batch_id, client_id),
/// <c>{batchKey}-{clientKey}</c> where batchKey is 8 characters of base32 (RFC 4648 alphabet,
/// lower case) of SHA-256 of the UTF-8 batch id, and clientKey 16 characters of base32 of
/// SHA-256 of batch id, U+001F, client id. Example: <c>k3jqz7ma-5ee2ytd4bn3wq6rf</c>. The batch key
/// is the storage partition, so that one batch's invoices are written together.
/// </summary>
public static class InvoiceIdentity
{
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz234567";

    /// <summary>The id of the invoice of <paramref name="clientId"/> in <paramref name="batchId"/>.</summary>
    public static InvoiceId For(string batchId, string clientId) =>
        new($"{BatchKey(batchId)}-{Base32(Sha256($"{batchId}\u001F{clientId}"), 16)}");

    /// <summary>The 8-character key of a batch (the storage partition of its invoices).</summary>
    public static string BatchKey(string batchId) => Base32(Sha256(batchId), 8);

    /// <summary>The batch key inside an invoice id (its part before the dash), or the whole id when it has none.</summary>
    public static string BatchKeyOf(InvoiceId id)
    {
        var dash = id.Value.IndexOf('-', StringComparison.Ordinal);
        return dash > 0 ? id.Value[..dash] : id.Value;
    }

    private static byte[] Sha256(string text) => SHA256.HashData(Encoding.UTF8.GetBytes(text));

    private static string Base32(byte[] bytes, int length)
    {
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            var bit = i * 5;
            var value = ((bytes[bit / 8] << 8) | bytes[(bit / 8) + 1]) >> (11 - (bit % 8));
            chars[i] = Alphabet[value & 31];
        }

        return new string(chars);
    }
}
