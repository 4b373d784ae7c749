namespace Asiakasmaksu.StaffApi.Contract.Requests;

/// <summary>A deferral, or a deferral request beyond the caller's authority: the new due date (a bank day) and why.</summary>
/// <param name="NewDueDate">The new due date.</param>
/// <param name="Reason">Why (kept in the audit; never a henkilötunnus).</param>
public sealed record DeferralBody(DateOnly NewDueDate, string Reason);
