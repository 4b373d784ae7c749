namespace Asiakasmaksu.Domain.Invoices;

/// <summary>The parts of a balance a payment is allocated to, in a configurable order.</summary>
public enum BalanceComponent
{
    /// <summary>Collection fees.</summary>
    Fees,

    /// <summary>Late interest.</summary>
    Interest,

    /// <summary>Principal.</summary>
    Principal,
}
