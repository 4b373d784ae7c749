namespace Asiakasmaksu.Domain.Billing;

/// <summary>
/// Why a billing line was not imported. Carries the line number, column, reason and client id
/// only: no other personal data, and the reason never repeats a field's value.
/// </summary>
/// <param name="LineNumber">The line in the file (header = 1).</param>
/// <param name="Column">The column at fault.</param>
/// <param name="Reason">The reason in words.</param>
/// <param name="ClientId">The line's client id, when it could be read.</param>
public sealed record LineRejection(int LineNumber, string Column, string Reason, string? ClientId);
