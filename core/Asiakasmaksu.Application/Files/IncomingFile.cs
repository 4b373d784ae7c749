namespace Asiakasmaksu.Application.Files;

/// <summary>A file waiting in an input container or folder (billing or bank payment files): its name, a version tag (ETag or size and time) and its size.</summary>
/// <param name="Name">The name.</param>
/// <param name="Version">Changes when the content changes.</param>
/// <param name="Size">Bytes.</param>
public sealed record IncomingFile(string Name, string Version, long Size);
