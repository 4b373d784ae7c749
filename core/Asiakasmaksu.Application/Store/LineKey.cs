namespace Asiakasmaksu.Application.Store;

/// <summary>A billing line's identity in its batch and the hash of its content.</summary>
/// <param name="LineId">The line id.</param>
/// <param name="ContentHash">The content hash.</param>
public sealed record LineKey(string LineId, string ContentHash);
