namespace Asiakasmaksu.Application.Import;

/// <summary>What became of an arrived billing file.</summary>
/// <param name="FileName">The file.</param>
/// <param name="Report">The import report, or null when the file was refused whole.</param>
/// <param name="Refusal">Why the file was refused whole, if it was.</param>
/// <param name="ErrorReport">Where the error report is, when lines were rejected.</param>
/// <param name="Stopped">Why the import stopped before the file's end, if it did (its report counts what was imported until then).</param>
public sealed record ImportOutcome(string FileName, ImportReport? Report, string? Refusal, string? ErrorReport, string? Stopped = null);
