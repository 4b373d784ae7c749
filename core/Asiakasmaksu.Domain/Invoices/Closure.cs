namespace Asiakasmaksu.Domain.Invoices;

/// <summary>Why a closed invoice is closed: paid, written off, waived or cancelled.</summary>
public abstract record Closure
{
    private Closure()
    {
    }

    /// <summary>The day it closed.</summary>
    public abstract DateOnly On { get; }

    /// <summary>The status name in files and JSON: paid, written_off, waived, cancelled.</summary>
    public abstract string Status { get; }

    /// <summary>Paid in full.</summary>
    /// <param name="Day">The day.</param>
    public sealed record Paid(DateOnly Day) : Closure
    {
        /// <inheritdoc/>
        public override DateOnly On => Day;

        /// <inheritdoc/>
        public override string Status => "paid";
    }

    /// <summary>Written off because the deceased client's estate has no assets (perunkirjoitus).</summary>
    /// <param name="Day">The day.</param>
    /// <param name="InventoryDate">The date of the estate inventory.</param>
    public sealed record WrittenOff(DateOnly Day, DateOnly InventoryDate) : Closure
    {
        /// <inheritdoc/>
        public override DateOnly On => Day;

        /// <inheritdoc/>
        public override string Status => "written_off";
    }

    /// <summary>A director gave up collecting a valid invoice.</summary>
    /// <param name="Day">The day.</param>
    public sealed record Waived(DateOnly Day) : Closure
    {
        /// <inheritdoc/>
        public override DateOnly On => Day;

        /// <inheritdoc/>
        public override string Status => "waived";
    }

    /// <summary>Cancelled as erroneous, or by an accepted rectification claim.</summary>
    /// <param name="Day">The day.</param>
    public sealed record Cancelled(DateOnly Day) : Closure
    {
        /// <inheritdoc/>
        public override DateOnly On => Day;

        /// <inheritdoc/>
        public override string Status => "cancelled";
    }
}
