namespace Asiakasmaksu.Application.Import;

/// <summary>What became of an arrived billing file.</summary>
/// <param name="FileName">The file.</param>
/// <param name="Report">The import report, or null when the file was refused whole.</param>
/// <param name="Refusal">Why the file was refused whole, if it was.</param>
/// <param name="ErrorReport">Where the error report is, when lines were rejected.</param>
public sealed record ImportOutcome(string FileName, ImportReport? Report, string? Refusal, string? ErrorReport);
