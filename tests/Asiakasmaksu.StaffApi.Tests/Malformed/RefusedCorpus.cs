using Asiakasmaksu.StaffApi.Loopback;

namespace Asiakasmaksu.StaffApi.Tests.Malformed;

/// <summary>
/// Requests that are well formed but that the rules refuse (issue 21): authority beyond a role,
/// deferrals in disguise, dates that cannot be, a request decided by its own maker. Seeded invoices
/// are dated 2026-03-02 (due 2026-03-19, 60 €) and the day is 2026-03-05.
/// </summary>
public static class RefusedCorpus
{
    private const string Invoice = "/api/invoices/{invoiceId}";

    private static readonly (string Key, string Path, string Body)[] None = [];

    /// <summary>Every case.</summary>
    public static IReadOnlyList<RefusedCase> All { get; } =
    [
        new("payment dated 2020-01-01", None, StaffKeys.Team, $"{Invoice}/payments", """{"amount":"10.00","paidOn":"2020-01-01"}""", 400, "paidOn"),
        new("payment dated the day before the invoice", None, StaffKeys.Team, $"{Invoice}/payments", """{"amount":"10.00","paidOn":"2026-03-01"}""", 400, "paidOn"),
        new("payment dated tomorrow", None, StaffKeys.Team, $"{Invoice}/payments", """{"amount":"10.00","paidOn":"2026-03-06"}""", 400, "paidOn"),
        new("team defers 4 months", None, StaffKeys.Team, $"{Invoice}/deferrals", """{"newDueDate":"2026-07-20","reason":"asked"}""", 403),
        new("team chains a second 3-month deferral", [(StaffKeys.Team, $"{Invoice}/deferrals", """{"newDueDate":"2026-06-18","reason":"hospital"}""")], StaffKeys.Team, $"{Invoice}/deferrals", """{"newDueDate":"2026-09-18","reason":"still in hospital"}""", 403),
        new("another team member chains a deferral", [(StaffKeys.Team, $"{Invoice}/deferrals", """{"newDueDate":"2026-06-18","reason":"hospital"}""")], StaffKeys.Team2, $"{Invoice}/deferrals", """{"newDueDate":"2026-07-20","reason":"still in hospital"}""", 403),
        new("supervisor chains past 12 months", [(StaffKeys.Supervisor, $"{Invoice}/deferrals", """{"newDueDate":"2027-03-19","reason":"benefit decision"}""")], StaffKeys.Director, $"{Invoice}/deferrals", """{"newDueDate":"2027-04-19","reason":"one more month"}""", 403),
        new("deferral into a year without a tariff", None, StaffKeys.Supervisor, $"{Invoice}/deferrals", """{"newDueDate":"2028-01-03","reason":"long"}""", 400, "newDueDate"),
        new("team plan of one installment 11 months out", None, StaffKeys.Team, $"{Invoice}/payment-plans", """{"installments":[{"dueDate":"2027-02-19","amount":"60.00"}],"reason":"pays later"}""", 403),
        new("team plan of one installment next month", None, StaffKeys.Team, $"{Invoice}/payment-plans", """{"installments":[{"dueDate":"2026-04-17","amount":"60.00"}],"reason":"pays later"}""", 403),
        new("team plan whose last installment is 5 months out", None, StaffKeys.Team, $"{Invoice}/payment-plans", """{"installments":[{"dueDate":"2026-04-17","amount":"30.00"},{"dueDate":"2026-08-18","amount":"30.00"}],"reason":"two parts"}""", 403),
        new("team plan after a chain of deferrals", [(StaffKeys.Team, $"{Invoice}/deferrals", """{"newDueDate":"2026-06-18","reason":"hospital"}""")], StaffKeys.Team, $"{Invoice}/payment-plans", """{"installments":[{"dueDate":"2026-07-17","amount":"30.00"},{"dueDate":"2026-09-17","amount":"30.00"}],"reason":"two parts"}""", 403),
        new("team cancels an erroneous invoice", None, StaffKeys.Team, $"{Invoice}/cancellation", """{"reason":"erroneous_invoice","note":"billed twice"}""", 403),
        new("erroneous transfer of an invoice not in collection", None, StaffKeys.Supervisor, $"{Invoice}/cancellation", """{"reason":"erroneous_transfer","note":"mistake"}""", 409),
        new("supervisor waives", None, StaffKeys.Supervisor, $"{Invoice}/waiver", """{"reason":"hardship"}""", 403),
        new("team decides a rectification claim", [(StaffKeys.Team, $"{Invoice}/rectification-claims", """{"receivedOn":"2026-03-04"}""")], StaffKeys.Team, $"{Invoice}/rectification-claims/{{claimId}}/decision", """{"accepted":true}""", 403),
        new("deferral request beyond 12 months", None, StaffKeys.Team, $"{Invoice}/deferral-requests", """{"newDueDate":"2027-04-19","reason":"long"}""", 403),
        new("second pending deferral request", [(StaffKeys.Team, $"{Invoice}/deferral-requests", """{"newDueDate":"2026-09-18","reason":"hospital"}""")], StaffKeys.Team2, $"{Invoice}/deferral-requests", """{"newDueDate":"2026-10-19","reason":"longer"}""", 409),
        new("supervisor approves their own request", [(StaffKeys.Supervisor, $"{Invoice}/deferral-requests", """{"newDueDate":"2026-09-18","reason":"hospital"}""")], StaffKeys.Supervisor, "/api/deferral-requests/{requestId}/decision", """{"approve":true,"note":"ok"}""", 403),
        new("team decides a request", [(StaffKeys.Team, $"{Invoice}/deferral-requests", """{"newDueDate":"2026-09-18","reason":"hospital"}""")], StaffKeys.Team2, "/api/deferral-requests/{requestId}/decision", """{"approve":true,"note":"ok"}""", 403),
        new("estate inventory in the future", None, StaffKeys.Team, "/api/clients/{clientId}/estate-write-off", """{"inventoryDate":"2026-03-06","note":"inventory"}""", 400, "inventoryDate"),
        new("rectification claim with a new amount above the old", [(StaffKeys.Team, $"{Invoice}/rectification-claims", """{"receivedOn":"2026-03-04"}""")], StaffKeys.Supervisor, $"{Invoice}/rectification-claims/{{claimId}}/decision", """{"accepted":true,"newAmount":"80.00"}""", 400, "newAmount"),
    ];
}
