namespace Asiakasmaksu.Application.Payments;

/// <summary>What became of a staff allocation of an unmatched payment.</summary>
public enum AllocationStatus
{
    /// <summary>Recorded on the invoice now (or it already was) and the entry marked allocated.</summary>
    Allocated,

    /// <summary>The entry was already allocated to this same invoice: nothing done again.</summary>
    AlreadyAllocated,

    /// <summary>No such entry.</summary>
    NotFound,

    /// <summary>Refused with a reason (a reversal, allocated elsewhere, the invoice refused it, no such invoice).</summary>
    Refused,

    /// <summary>Another change to the invoice won the race; try again.</summary>
    Conflict,
}
