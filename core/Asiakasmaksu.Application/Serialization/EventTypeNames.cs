using Asiakasmaksu.Domain.Invoices;
using E = Asiakasmaksu.Domain.Invoices.InvoiceEvent;

namespace Asiakasmaksu.Application.Serialization;

/// <summary>
/// The stored names of the event types. These are persisted: never rename one; add new names
/// for new events.
/// </summary>
public static class EventTypeNames
{
    /// <summary>Every event type with its stored name.</summary>
    public static IReadOnlyList<(Type Type, string Name)> All { get; } =
    [
        (typeof(E.Issued), "issued"),
        (typeof(E.BecameOverdue), "became_overdue"),
        (typeof(E.ReminderSent), "reminder_sent"),
        (typeof(E.CollectionLetter1Sent), "collection_letter_1_sent"),
        (typeof(E.CollectionLetter2Sent), "collection_letter_2_sent"),
        (typeof(E.TransferredToEnforcement), "transferred_to_enforcement"),
        (typeof(E.PaymentReceived), "payment_received"),
        (typeof(E.Settled), "settled"),
        (typeof(E.DueDateDeferred), "due_date_deferred"),
        (typeof(E.PaymentPlanAgreed), "payment_plan_agreed"),
        (typeof(E.InstallmentMissed), "installment_missed"),
        (typeof(E.WrittenOff), "written_off"),
        (typeof(E.Waived), "waived"),
        (typeof(E.Cancelled), "cancelled"),
        (typeof(E.CollectionCostsRemoved), "collection_costs_removed"),
        (typeof(E.RectificationClaimReceived), "rectification_claim_received"),
        (typeof(E.RectificationClaimRejected), "rectification_claim_rejected"),
        (typeof(E.RectificationClaimAccepted), "rectification_claim_accepted"),
    ];

    /// <summary>The stored name of <paramref name="e"/>'s type.</summary>
    public static string NameOf(InvoiceEvent e) => All.First(p => p.Type == e.GetType()).Name;
}
