namespace Asiakasmaksu.Application.Invoices;

/// <summary>What to do when another writer changed the invoice in between.</summary>
public enum ConflictPolicy
{
    /// <summary>Decide again on the fresh state (scheduled steps, bank payments).</summary>
    Retry,

    /// <summary>Report the conflict (a person's change: they must see the new state first).</summary>
    Report,
}
