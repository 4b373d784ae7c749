namespace Asiakasmaksu.StaffApi.Contract.Requests;

/// <summary>An estate write-off: the estate inventory (perunkirjoitus) shows no assets.</summary>
/// <param name="InventoryDate">The day of the estate inventory (not in the future).</param>
/// <param name="Note">What was seen.</param>
public sealed record EstateWriteOffBody(DateOnly InventoryDate, string Note);
