using Asiakasmaksu.Domain.Payments;

namespace Asiakasmaksu.Application.Payments;

/// <summary>The outcome of reading one payment file: a report, or the refusal of the whole file (nothing applied).</summary>
/// <param name="FileName">The file.</param>
/// <param name="Report">What was done, when the file was read.</param>
/// <param name="Refusal">Why the file was refused whole, when it was.</param>
/// <param name="ReportLocation">Where the report file was stored, when it was.</param>
public sealed record PaymentImportOutcome(string FileName, PaymentImportReport? Report, PaymentFileResult.Refused? Refusal, string? ReportLocation);
