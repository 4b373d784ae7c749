using Asiakasmaksu.Domain.Invoices;

namespace Asiakasmaksu.Application.Store;

/// <summary>What happened to one invoice the import asked to create.</summary>
public abstract record CreateOutcome(InvoiceId Id)
{
    /// <summary>Created now.</summary>
    public sealed record Created(InvoiceId Id) : CreateOutcome(Id);

    /// <summary>Created before by an earlier (complete or crashed) run of the same import: nothing was written now.</summary>
    public sealed record CreatedEarlier(InvoiceId Id) : CreateOutcome(Id)
    {
        /// <summary>
        /// The line ids the stored invoice holds, when the store read them while checking (a rerun
        /// then needs no read per invoice); null: load the invoice to know them.
        /// </summary>
        public IReadOnlySet<string>? HeldLineIds { get; init; }
    }

    /// <summary>An invoice for this batch and client already exists from another import; it holds these line ids.</summary>
    public sealed record AlreadyExists(InvoiceId Id, IReadOnlySet<string> ExistingLineIds) : CreateOutcome(Id);

    /// <summary>Some line ids of the batch are already used with other content; nothing was created.</summary>
    public sealed record LineConflicts(InvoiceId Id, IReadOnlySet<string> LineIds) : CreateOutcome(Id);
}
