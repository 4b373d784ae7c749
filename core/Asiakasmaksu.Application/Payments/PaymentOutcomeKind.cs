namespace Asiakasmaksu.Application.Payments;

/// <summary>What became of one bank payment.</summary>
public enum PaymentOutcomeKind
{
    /// <summary>Recorded on its invoice now.</summary>
    Applied,

    /// <summary>Already recorded on its invoice by an earlier reading of the same payment.</summary>
    AlreadyApplied,

    /// <summary>Put on the unmatched list now.</summary>
    Unmatched,

    /// <summary>Already on the unmatched list from an earlier reading.</summary>
    AlreadyUnmatched,

    /// <summary>A payment and its reversal in the same file: neither applied.</summary>
    Cancelled,
}
