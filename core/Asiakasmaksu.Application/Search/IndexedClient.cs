namespace Asiakasmaksu.Application.Search;

/// <summary>A client the search index knows: the billing system's id and the name on its invoices.</summary>
/// <param name="ClientId">The client id.</param>
/// <param name="Name">The name.</param>
public sealed record IndexedClient(string ClientId, string Name);
