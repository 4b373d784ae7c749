namespace Asiakasmaksu.Application.Import;

/// <summary>How far an import has come, for a progress bar.</summary>
/// <param name="Phase">"reading", "ceiling" (charging the ceiling lines to their accounts) or "creating".</param>
/// <param name="Done">Lines read, ceiling lines charged, or invoices handled.</param>
/// <param name="Total">Invoices to handle in the creating phase; null while reading.</param>
public sealed record ImportProgress(string Phase, int Done, int? Total);
