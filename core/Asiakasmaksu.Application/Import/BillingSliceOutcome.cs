namespace Asiakasmaksu.Application.Import;

/// <summary>What one slice of a billing file's import did.</summary>
/// <param name="Report">Its counts and where the next slice starts, or null when the file was refused whole or had changed.</param>
/// <param name="Refusal">Why the file was refused whole (the first slice finds it; its report part holds the one row), or null.</param>
/// <param name="Changed">True when the file's content is no longer what the earlier slices read (<see cref="BillingFileChangedException"/>): the slice wrote nothing.</param>
/// <param name="ReportRows">Rows this slice wrote to its report part (none: no part).</param>
/// <param name="At">When the slice recorded its invoices, or when it found the file refused or changed.</param>
public sealed record BillingSliceOutcome(ImportSliceReport? Report, string? Refusal, bool Changed, int ReportRows, DateTimeOffset At);
