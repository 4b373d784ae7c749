namespace Asiakasmaksu.Domain.Invoices;

/// <summary>The automatic steps time brings.</summary>
public enum StepKind
{
    /// <summary>The due date passed: the invoice becomes overdue.</summary>
    BecomeOverdue,

    /// <summary>Transfer to collection with a payment reminder.</summary>
    SendReminder,

    /// <summary>The reminder fell due unpaid: first collection letter.</summary>
    SendCollectionLetter1,

    /// <summary>The first letter fell due unpaid: second collection letter.</summary>
    SendCollectionLetter2,

    /// <summary>The second letter fell due unpaid: transfer to enforcement.</summary>
    TransferToEnforcement,

    /// <summary>A payment-plan installment's grace days passed: is it paid?</summary>
    CheckInstallment,
}
