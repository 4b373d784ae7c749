namespace Asiakasmaksu.Application.Workflows;

/// <summary>What an estate write-off workflow did (its output).</summary>
/// <param name="WrittenOff">Invoices written off now.</param>
/// <param name="Refusals">Reasons, for invoices that could not be written off.</param>
/// <param name="ConfirmationNoticeId">The confirmation queued, or null when nothing was written off.</param>
public sealed record EstateWriteOffSummary(int WrittenOff, IReadOnlyList<string> Refusals, string? ConfirmationNoticeId);
