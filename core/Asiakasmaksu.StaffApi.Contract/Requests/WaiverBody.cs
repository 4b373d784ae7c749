namespace Asiakasmaksu.StaffApi.Contract.Requests;

/// <summary>A waiver of collection (director).</summary>
/// <param name="Reason">The decision's grounds.</param>
public sealed record WaiverBody(string Reason);
