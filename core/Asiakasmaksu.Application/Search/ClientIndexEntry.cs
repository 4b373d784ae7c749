namespace Asiakasmaksu.Application.Search;

/// <summary>What the import tells the search index about one client of a billing file.</summary>
/// <param name="ClientId">The client id.</param>
/// <param name="Name">The name on the client's invoice.</param>
/// <param name="PersonalIdentityHash">The keyed hash of the client's henkilötunnus (<see cref="PersonalIdentityHasher"/>), when the lines gave one and agreed on it.</param>
public sealed record ClientIndexEntry(string ClientId, string Name, string? PersonalIdentityHash);
