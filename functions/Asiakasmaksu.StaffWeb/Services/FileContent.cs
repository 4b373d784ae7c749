namespace Asiakasmaksu.StaffWeb.Services;

/// <summary>A file the API answered (a notice's letter or email): its bytes and media type.</summary>
public sealed record FileContent(byte[] Content, string ContentType);
