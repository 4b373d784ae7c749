namespace Asiakasmaksu.StaffApi.Contract.Answers;

/// <summary>What an invoice owes; euros as strings with two decimals.</summary>
/// <param name="Principal">The principal.</param>
/// <param name="Fees">Reminder and collection fees.</param>
/// <param name="Interest">Late interest charged so far.</param>
public sealed record Balance(string Principal, string Fees, string Interest);
