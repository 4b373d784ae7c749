namespace Asiakasmaksu.StaffApi.Contract.Answers;

/// <summary>What an invoice owes with late interest charged to today.</summary>
/// <param name="Principal">The principal.</param>
/// <param name="Fees">The fees.</param>
/// <param name="Interest">Late interest to today.</param>
/// <param name="Total">The sum.</param>
public sealed record Owed(string Principal, string Fees, string Interest, string Total);
