using Asiakasmaksu.Application.Import;

namespace Asiakasmaksu.Application.Workflows;

/// <summary>What the import orchestration of one billing file did (its output).</summary>
/// <param name="FileName">The file.</param>
/// <param name="ImportId">The file's content hash, or null when it was refused whole.</param>
/// <param name="Counts">The whole file's counts, or null when it was refused whole or changed.</param>
/// <param name="Refusal">Why the file was refused whole, or null.</param>
/// <param name="ErrorReport">Where its error report is, or null when it has none.</param>
/// <param name="Slices">Slices run.</param>
/// <param name="Started">Invoice orchestrations started.</param>
/// <param name="Superseded">True when the file changed while it was imported: the import stopped, its new version is imported on its own, and nothing was logged.</param>
/// <param name="Stopped">True when a slice failed on every retry: the import stopped there and was logged as stopped, with the counts until then.</param>
public sealed record BillingImportSummary(string FileName, string? ImportId, ImportCounts? Counts, string? Refusal, string? ErrorReport, int Slices, int Started, bool Superseded, bool Stopped = false);
