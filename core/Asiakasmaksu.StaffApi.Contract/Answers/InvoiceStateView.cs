namespace Asiakasmaksu.StaffApi.Contract.Answers;

/// <summary>An invoice's state after a change (also <c>current</c> in a 409 problem).</summary>
/// <param name="InvoiceId">The invoice.</param>
/// <param name="Status">Its status.</param>
/// <param name="Stage">Its stage.</param>
/// <param name="DueDate">Its own due date.</param>
/// <param name="NoticeDueDate">What its next step counts from.</param>
/// <param name="Principal">Principal owed.</param>
/// <param name="Fees">Fees owed.</param>
/// <param name="Interest">Interest owed.</param>
/// <param name="Total">The sum.</param>
/// <param name="Credit">Overpaid.</param>
/// <param name="NextStepDate">When its next step is taken, or null.</param>
/// <param name="Version">Its version.</param>
public sealed record InvoiceStateView(
    string InvoiceId,
    string Status,
    string Stage,
    DateOnly DueDate,
    DateOnly? NoticeDueDate,
    string Principal,
    string Fees,
    string Interest,
    string Total,
    string Credit,
    DateOnly? NextStepDate,
    int Version);
