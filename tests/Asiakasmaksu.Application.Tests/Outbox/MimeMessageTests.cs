using System.Text;
using System.Text.RegularExpressions;
using Asiakasmaksu.Application.Outbox;

namespace Asiakasmaksu.Application.Tests.Outbox;

public partial class MimeMessageTests
{
    private static readonly DateTimeOffset Sent = new(2017, 7, 25, 15, 0, 0, TimeSpan.Zero);

    private static string Message() => Encoding.ASCII.GetString(MimeMessageWriter.Write(
        "k3jqz7ma-5ee2ytd4bn3wq6rf-0001",
        "laskutus@esimerkkila.example",
        "Esimerkkilän hyvinvointialue",
        "maija@asiakas.example",
        "Maija \"Mökki\" Meikäläinen",
        "Lasku 25.7.2017 – Esimerkkilän hyvinvointialue",
        "Hyvä asiakas,\nmaksa 45,90 €.",
        "<p>45,90 €</p>",
        Sent));

    [Fact]
    public void GivenAnEmail_WhenWritten_ThenHeadersCarryTheNoticeIdDateAndEncodedNames()
    {
        var message = Message();
        var headers = message[..message.IndexOf("\r\n\r\n", StringComparison.Ordinal)];

        Assert.Contains("X-Asiakasmaksu-Notice-Id: k3jqz7ma-5ee2ytd4bn3wq6rf-0001\r\n", headers);
        Assert.Contains("Message-ID: <k3jqz7ma-5ee2ytd4bn3wq6rf-0001@esimerkkila.example>\r\n", headers);
        Assert.Contains("Date: Tue, 25 Jul 2017 15:00:00 +0000\r\n", headers);
        Assert.Contains("<maija@asiakas.example>", headers);
        Assert.Equal("Lasku 25.7.2017 – Esimerkkilän hyvinvointialue", DecodeWords(Header(headers, "Subject")));
        Assert.Equal("Maija \"Mökki\" Meikäläinen <maija@asiakas.example>", DecodeWords(Header(headers, "To")));
        Assert.DoesNotContain("\n", message.Replace("\r\n", string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public void GivenAnEmail_WhenWritten_ThenItHasTextThenHtmlAlternativesInUtf8()
    {
        var message = Message();

        Assert.Contains("Content-Type: multipart/alternative; boundary=", message);
        var parts = Regex.Matches(message, "Content-Type: (text/[a-z]+); charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n([A-Za-z0-9+/=\r\n]+?)\r\n--");
        Assert.Equal(2, parts.Count);
        Assert.Equal("text/plain", parts[0].Groups[1].Value);
        Assert.Equal("Hyvä asiakas,\r\nmaksa 45,90 €.", Encoding.UTF8.GetString(Convert.FromBase64String(parts[0].Groups[2].Value.Replace("\r\n", string.Empty, StringComparison.Ordinal))));
        Assert.Equal("text/html", parts[1].Groups[1].Value);
        Assert.Equal("<p>45,90 €</p>", Encoding.UTF8.GetString(Convert.FromBase64String(parts[1].Groups[2].Value.Replace("\r\n", string.Empty, StringComparison.Ordinal))));
        Assert.All(message.Split("\r\n"), line => Assert.True(line.Length <= 998));
    }

    [Fact]
    public void GivenTheSameNoticeAndTime_WhenWrittenTwice_ThenTheBytesAreTheSame() => Assert.Equal(Message(), Message());

    [Fact]
    public void GivenALineBreakInAName_WhenEncoded_ThenItCannotStartANewHeader()
    {
        var encoded = MimeMessageWriter.Encode("Maija\r\nBcc: kaikki@example");

        Assert.DoesNotContain("\r\nBcc", encoded);
        Assert.Equal("Maija  Bcc: kaikki@example", DecodeWords(encoded));
    }

    private static string Header(string headers, string name)
    {
        var match = Regex.Match(headers, $"^{name}: ([^\r\n]*(?:\r\n [^\r\n]*)*)", RegexOptions.Multiline);
        Assert.True(match.Success, name);
        return match.Groups[1].Value.Replace("\r\n", string.Empty, StringComparison.Ordinal);
    }

    /// <summary>Decodes RFC 2047 B-encoded words (adjacent words join without the space between them).</summary>
    private static string DecodeWords(string value) =>
        EncodedWord().Replace(Regex.Replace(value, @"\?=\s+=\?", "?==?"), m => Encoding.UTF8.GetString(Convert.FromBase64String(m.Groups[1].Value)));

    [GeneratedRegex(@"=\?utf-8\?B\?([A-Za-z0-9+/=]*)\?=")]
    private static partial Regex EncodedWord();
}
