namespace Asiakasmaksu.StaffApi.Contract.Answers;

/// <summary>An invoice in a work queue: reaching enforcement (<see cref="Date"/> is the transfer day) or with a rectification claim awaiting decision (<see cref="ClaimId"/>).</summary>
/// <param name="InvoiceId">The invoice.</param>
/// <param name="ClientId">The client.</param>
/// <param name="Stage">Its stage.</param>
/// <param name="Total">What it owes.</param>
/// <param name="Date">The day of what is awaited: the transfer to enforcement, or the day the claim arrived.</param>
/// <param name="ClaimId">The pending claim, or null.</param>
/// <param name="WithinTimeLimit">Whether the claim came within 30 days, or null.</param>
public sealed record QueuedInvoice(string InvoiceId, string ClientId, string Stage, string Total, DateOnly Date, string? ClaimId, bool? WithinTimeLimit);
