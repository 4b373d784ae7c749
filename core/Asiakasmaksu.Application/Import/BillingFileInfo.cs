namespace Asiakasmaksu.Application.Import;

/// <summary>A billing file waiting: its name, a version tag (ETag or size and time) and its size.</summary>
/// <param name="Name">The name.</param>
/// <param name="Version">Changes when the content changes.</param>
/// <param name="Size">Bytes.</param>
public sealed record BillingFileInfo(string Name, string Version, long Size);
