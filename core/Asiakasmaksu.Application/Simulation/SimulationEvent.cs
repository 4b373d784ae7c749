using Asiakasmaksu.Domain;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.Staff;

namespace Asiakasmaksu.Application.Simulation;

/// <summary>One line of a simulation's events file (docs/simulate.md), applied on its date before that day's steps.</summary>
/// <param name="LineNumber">Its line in the events file.</param>
/// <param name="Date">The day it happens.</param>
/// <param name="Type">payment, deferral, paymentPlan, estateWriteOff, waiver, cancel, rectificationClaim or rectificationDecision.</param>
/// <param name="Json">The line itself, echoed in rejected-events.json.</param>
public abstract record SimulationEvent(int LineNumber, DateOnly Date, string Type, string Json)
{
    /// <summary>Who acts (staffId and role from the line; the role decides authority).</summary>
    public required Actor Actor { get; init; }

    /// <summary>Why, from the line's reason (may be empty).</summary>
    public required string Reason { get; init; }

    /// <summary>A payment of <paramref name="Amount"/> to the client's invoice in the batch.</summary>
    public sealed record Payment(int LineNumber, DateOnly Date, string Json, string BatchId, string ClientId, Money Amount) : SimulationEvent(LineNumber, Date, "payment", Json);

    /// <summary>A new due date.</summary>
    public sealed record Deferral(int LineNumber, DateOnly Date, string Json, string BatchId, string ClientId, DateOnly NewDueDate) : SimulationEvent(LineNumber, Date, "deferral", Json);

    /// <summary>A payment plan.</summary>
    public sealed record PaymentPlan(int LineNumber, DateOnly Date, string Json, string BatchId, string ClientId, IReadOnlyList<Installment> Installments) : SimulationEvent(LineNumber, Date, "paymentPlan", Json);

    /// <summary>An estate write-off of all the client's open invoices.</summary>
    public sealed record EstateWriteOff(int LineNumber, DateOnly Date, string Json, string ClientId, DateOnly InventoryDate) : SimulationEvent(LineNumber, Date, "estateWriteOff", Json);

    /// <summary>A waiver.</summary>
    public sealed record Waiver(int LineNumber, DateOnly Date, string Json, string BatchId, string ClientId) : SimulationEvent(LineNumber, Date, "waiver", Json);

    /// <summary>A cancellation.</summary>
    public sealed record Cancel(int LineNumber, DateOnly Date, string Json, string BatchId, string ClientId, CancellationReason Why) : SimulationEvent(LineNumber, Date, "cancel", Json);

    /// <summary>A rectification claim received that day.</summary>
    public sealed record RectificationClaim(int LineNumber, DateOnly Date, string Json, string BatchId, string ClientId) : SimulationEvent(LineNumber, Date, "rectificationClaim", Json);

    /// <summary>The decision on the client's pending claim.</summary>
    public sealed record RectificationDecision(int LineNumber, DateOnly Date, string Json, string BatchId, string ClientId, bool Accepted, Money? NewAmount) : SimulationEvent(LineNumber, Date, "rectificationDecision", Json);
}
