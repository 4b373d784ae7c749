namespace Asiakasmaksu.Application.Import;

/// <summary>What one slice of an import did (<see cref="ImportWindow"/>).</summary>
/// <param name="ImportId">The file's content hash.</param>
/// <param name="Counts">This slice's counts (the first slice's include the reading and the ceiling pass).</param>
/// <param name="UnknownColumns">Header columns the format does not know.</param>
/// <param name="Next">Where the next slice starts (the last invoice id this one handled), or null when the file is done.</param>
/// <param name="RecordedAt">When this slice recorded its invoices (the next slices record theirs at the same instant).</param>
public sealed record ImportSliceReport(string ImportId, ImportCounts Counts, IReadOnlyList<string> UnknownColumns, string? Next, DateTimeOffset RecordedAt);
