namespace Asiakasmaksu.Domain.Invoices;

/// <summary>
/// Where an open invoice stands on its way from invoice to enforcement. Each stage carries
/// the dates its next step is measured from. Stages move forward only, except through a
/// deferral, a payment plan, a rectification or the removal of an erroneous transfer.
/// </summary>
public abstract record Stage
{
    private Stage()
    {
    }

    /// <summary>
    /// The due date the next step counts from: the invoice's own before collection, then the latest
    /// reminder's or collection letter's (as a deferral in collection moved it); null when none applies
    /// (enforcement, awaiting a new due date). The invoice's own due date is <see cref="IssuedInvoice.DueDate"/>.
    /// </summary>
    public abstract DateOnly? DueDate { get; }

    /// <summary>The stage name in files and JSON: invoiced, overdue, reminder, collection_letter_1, collection_letter_2, enforcement.</summary>
    public abstract string Name { get; }

    /// <summary>Order along the normal path (0 invoiced … 5 enforcement), for the forward-only rule.</summary>
    public abstract int Rank { get; }

    /// <summary>True from the reminder on: the invoice has been transferred to collection.</summary>
    public bool InCollection => this is Reminded or CollectionLetter1Sent or CollectionLetter2Sent or InEnforcement;

    /// <summary>The same stage with another due date (for stages that have one).</summary>
    public abstract Stage WithDueDate(DateOnly dueDate);

    /// <summary>Invoice sent; its due date has not passed.</summary>
    /// <param name="Due">The due date.</param>
    public sealed record Invoiced(DateOnly Due) : Stage
    {
        /// <inheritdoc/>
        public override DateOnly? DueDate => Due;

        /// <inheritdoc/>
        public override string Name => "invoiced";

        /// <inheritdoc/>
        public override int Rank => 0;

        /// <inheritdoc/>
        public override Stage WithDueDate(DateOnly dueDate) => new Invoiced(dueDate);
    }

    /// <summary>The due date has passed unpaid; not yet transferred to collection.</summary>
    /// <param name="Due">The due date that passed.</param>
    public sealed record Overdue(DateOnly Due) : Stage
    {
        /// <inheritdoc/>
        public override DateOnly? DueDate => Due;

        /// <inheritdoc/>
        public override string Name => "overdue";

        /// <inheritdoc/>
        public override int Rank => 1;

        /// <inheritdoc/>
        public override Stage WithDueDate(DateOnly dueDate) => new Overdue(dueDate);
    }

    /// <summary>Transferred to collection with a payment reminder (maksumuistutus).</summary>
    /// <param name="SentOn">The day the reminder was sent.</param>
    /// <param name="Due">The reminder's due date.</param>
    public sealed record Reminded(DateOnly SentOn, DateOnly Due) : Stage
    {
        /// <inheritdoc/>
        public override DateOnly? DueDate => Due;

        /// <inheritdoc/>
        public override string Name => "reminder";

        /// <inheritdoc/>
        public override int Rank => 2;

        /// <inheritdoc/>
        public override Stage WithDueDate(DateOnly dueDate) => this with { Due = dueDate };
    }

    /// <summary>The first collection letter (perintäkirje) was sent.</summary>
    /// <param name="SentOn">The day it was sent.</param>
    /// <param name="Due">Its due date.</param>
    public sealed record CollectionLetter1Sent(DateOnly SentOn, DateOnly Due) : Stage
    {
        /// <inheritdoc/>
        public override DateOnly? DueDate => Due;

        /// <inheritdoc/>
        public override string Name => "collection_letter_1";

        /// <inheritdoc/>
        public override int Rank => 3;

        /// <inheritdoc/>
        public override Stage WithDueDate(DateOnly dueDate) => this with { Due = dueDate };
    }

    /// <summary>The second collection letter was sent.</summary>
    /// <param name="SentOn">The day it was sent.</param>
    /// <param name="Due">Its due date.</param>
    public sealed record CollectionLetter2Sent(DateOnly SentOn, DateOnly Due) : Stage
    {
        /// <inheritdoc/>
        public override DateOnly? DueDate => Due;

        /// <inheritdoc/>
        public override string Name => "collection_letter_2";

        /// <inheritdoc/>
        public override int Rank => 4;

        /// <inheritdoc/>
        public override Stage WithDueDate(DateOnly dueDate) => this with { Due = dueDate };
    }

    /// <summary>Transferred to enforcement (ulosotto), Act 706/2007; nothing more is scheduled here.</summary>
    /// <param name="TransferredOn">The day of the transfer.</param>
    public sealed record InEnforcement(DateOnly TransferredOn) : Stage
    {
        /// <inheritdoc/>
        public override DateOnly? DueDate => null;

        /// <inheritdoc/>
        public override string Name => "enforcement";

        /// <inheritdoc/>
        public override int Rank => 5;

        /// <inheritdoc/>
        public override Stage WithDueDate(DateOnly dueDate) => this;
    }

    /// <summary>
    /// An erroneous transfer was undone: collection costs removed, and the invoice is not
    /// transferred again until a deferral sets its due date anew. Reported as "invoiced".
    /// </summary>
    /// <param name="PreviousDueDate">The due date before the transfer was undone.</param>
    public sealed record AwaitingNewDueDate(DateOnly PreviousDueDate) : Stage
    {
        /// <inheritdoc/>
        public override DateOnly? DueDate => null;

        /// <inheritdoc/>
        public override string Name => "invoiced";

        /// <inheritdoc/>
        public override int Rank => 0;

        /// <inheritdoc/>
        public override Stage WithDueDate(DateOnly dueDate) => new Invoiced(dueDate);
    }
}
