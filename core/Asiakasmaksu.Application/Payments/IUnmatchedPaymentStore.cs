namespace Asiakasmaksu.Application.Payments;

/// <summary>Where unmatched bank payments wait for staff.</summary>
public interface IUnmatchedPaymentStore
{
    /// <summary>Adds an entry; false (and the first kept) when its id is already there.</summary>
    Task<bool> AddAsync(UnmatchedPayment entry, CancellationToken cancellationToken);

    /// <summary>The entry, or null.</summary>
    Task<UnmatchedPayment?> GetAsync(string id, CancellationToken cancellationToken);

    /// <summary>Replaces an open entry with its allocated form; false when it was no longer open (someone else allocated it first).</summary>
    Task<bool> MarkAllocatedAsync(UnmatchedPayment allocated, CancellationToken cancellationToken);

    /// <summary>Entries with the given status (all when null), by booking date then id.</summary>
    IAsyncEnumerable<UnmatchedPayment> ListAsync(string? status, CancellationToken cancellationToken);
}
