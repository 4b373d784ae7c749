using System.Text;

namespace Asiakasmaksu.Domain.Payments;

/// <summary>
/// Reads a bank payment file of either format: XML (first non-blank character "&lt;", after an
/// optional byte-order mark) is camt.054, anything else KTL. KTL text is UTF-8 when it decodes
/// as such, else ISO-8859-1 (the format's traditional encoding), so a payer name with "ä"
/// counts as one character either way.
/// </summary>
public static class PaymentFile
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The file's payments, or a refusal of the whole file.</summary>
    public static PaymentFileResult Parse(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var start = content.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
        var first = start;
        while (first < content.Length && content[first] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            first++;
        }

        if (first < content.Length && content[first] == (byte)'<')
        {
            return Camt054File.Parse(content);
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(content, start, content.Length - start);
        }
        catch (DecoderFallbackException)
        {
            text = Encoding.Latin1.GetString(content);
        }

        return KtlReferenceFile.Parse(text);
    }
}
