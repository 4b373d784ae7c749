namespace Asiakasmaksu.Application.Outbox;

/// <summary>A rendered notice as the archive keeps it.</summary>
/// <param name="Content">The bytes: a PDF letter, an email's HTML or .eml message, a Finvoice message.</param>
/// <param name="ContentType">Its media type (<c>application/pdf</c>, <c>text/html; charset=utf-8</c>, <c>message/rfc822</c>, <c>application/xml</c>).</param>
/// <param name="FileName">The file's name, e.g. <c>{noticeId}.pdf</c>.</param>
public sealed record ArchivedFile(ReadOnlyMemory<byte> Content, string ContentType, string FileName)
{
    /// <summary>The media type of a file named <paramref name="fileName"/>, by its extension.</summary>
    public static string ContentTypeOf(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".pdf" => "application/pdf",
        ".html" => "text/html; charset=utf-8",
        ".eml" => "message/rfc822",
        ".xml" => "application/xml",
        _ => "application/octet-stream",
    };
}
