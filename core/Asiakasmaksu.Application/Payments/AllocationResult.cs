using Asiakasmaksu.Application.Staff;

namespace Asiakasmaksu.Application.Payments;

/// <summary>The outcome of allocating an unmatched payment.</summary>
/// <param name="Status">What happened.</param>
/// <param name="Entry">The entry as it is now, when found.</param>
/// <param name="Staff">The invoice command's outcome and audit record, when the invoice was asked.</param>
/// <param name="Reason">Why it was refused.</param>
public sealed record AllocationResult(AllocationStatus Status, UnmatchedPayment? Entry, StaffResult? Staff, string? Reason);
