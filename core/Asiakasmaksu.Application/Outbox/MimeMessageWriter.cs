using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Asiakasmaksu.Application.Outbox;

/// <summary>
/// Writes an email as an RFC 5322 / MIME message (what an .eml file holds): multipart/alternative
/// with the plain text first and the HTML second, both UTF-8 in base64; non-ASCII names and the
/// subject as RFC 2047 encoded words; CRLF line ends. The notice id is in the
/// <c>X-Asiakasmaksu-Notice-Id</c> header and the Message-ID, and the boundary is derived from it,
/// so the same notice and time always give the same bytes.
/// </summary>
internal static class MimeMessageWriter
{
    private const string Crlf = "\r\n";

    public static byte[] Write(string noticeId, string fromAddress, string fromName, string toAddress, string toName, string subject, string text, string html, DateTimeOffset date)
    {
        var boundary = "=_asiakasmaksu_" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(noticeId)))[..24];
        var domain = fromAddress[(fromAddress.LastIndexOf('@') + 1)..];
        var message = new StringBuilder();
        Header(message, "From", Mailbox(fromName, fromAddress));
        Header(message, "To", Mailbox(toName, toAddress));
        Header(message, "Subject", Encode(subject));
        Header(message, "Date", date.ToUniversalTime().ToString("ddd, dd MMM yyyy HH:mm:ss '+0000'", CultureInfo.InvariantCulture));
        Header(message, "Message-ID", $"<{Token(noticeId)}@{domain}>");
        Header(message, "X-Asiakasmaksu-Notice-Id", Token(noticeId));
        Header(message, "MIME-Version", "1.0");
        Header(message, "Content-Type", $"multipart/alternative; boundary=\"{boundary}\"");
        message.Append(Crlf);
        Part(message, boundary, "text/plain; charset=utf-8", text);
        Part(message, boundary, "text/html; charset=utf-8", html);
        message.Append("--").Append(boundary).Append("--").Append(Crlf);
        return Encoding.ASCII.GetBytes(message.ToString());
    }

    /// <summary>A header value as it stands: ASCII printable, or RFC 2047 encoded words folded onto continuation lines.</summary>
    internal static string Encode(string value)
    {
        if (value.All(c => c is >= ' ' and <= '~') && value.Length <= 900)
        {
            return value;
        }

        // Encoded words of at most 45 UTF-8 bytes (60 base64 characters), never splitting a character.
        var words = new List<string>();
        var chunk = new StringBuilder();
        foreach (var rune in value.Replace('\r', ' ').Replace('\n', ' ').EnumerateRunes())
        {
            if (Encoding.UTF8.GetByteCount(chunk.ToString()) + rune.Utf8SequenceLength > 45)
            {
                words.Add(Word(chunk.ToString()));
                chunk.Clear();
            }

            chunk.Append(rune.ToString());
        }

        if (chunk.Length > 0)
        {
            words.Add(Word(chunk.ToString()));
        }

        return string.Join(Crlf + " ", words);

        static string Word(string text) => $"=?utf-8?B?{Convert.ToBase64String(Encoding.UTF8.GetBytes(text))}?=";
    }

    private static string Mailbox(string name, string address)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return $"<{address}>";
        }

        var plain = name.All(c => c is >= ' ' and <= '~');
        return plain
            ? $"\"{name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\" <{address}>"
            : $"{Encode(name)} <{address}>";
    }

    private static void Header(StringBuilder message, string name, string value) =>
        message.Append(name).Append(": ").Append(value).Append(Crlf);

    private static void Part(StringBuilder message, string boundary, string contentType, string body)
    {
        message.Append("--").Append(boundary).Append(Crlf);
        Header(message, "Content-Type", contentType);
        Header(message, "Content-Transfer-Encoding", "base64");
        message.Append(Crlf);
        var base64 = Convert.ToBase64String(Encoding.UTF8.GetBytes(body.ReplaceLineEndings(Crlf)));
        for (var i = 0; i < base64.Length; i += 76)
        {
            message.Append(base64, i, Math.Min(76, base64.Length - i)).Append(Crlf);
        }
    }

    /// <summary>The notice id as a header token: anything but ASCII letters, digits, '-', '_' and '.' becomes '_'.</summary>
    private static string Token(string id) =>
        new([.. id.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_')]);
}
