namespace Asiakasmaksu.Domain.Notices;

/// <summary>The kinds of notice the system sends.</summary>
public enum NoticeKind
{
    /// <summary>The invoice itself (also a corrected invoice after an accepted rectification).</summary>
    Invoice,

    /// <summary>Payment reminder (maksumuistutus).</summary>
    Reminder,

    /// <summary>First collection letter (perintäkirje).</summary>
    CollectionLetter1,

    /// <summary>Second collection letter.</summary>
    CollectionLetter2,

    /// <summary>Notice of transfer to enforcement (ulosotto).</summary>
    Enforcement,

    /// <summary>Confirmation of a new due date.</summary>
    DeferralConfirmation,

    /// <summary>Confirmation of a payment plan with its installments.</summary>
    PaymentPlanConfirmation,

    /// <summary>Confirmation to the estate administrator that the fees were written off.</summary>
    WriteOffConfirmation,

    /// <summary>Confirmation that collection was given up.</summary>
    WaiverConfirmation,

    /// <summary>A requested deferral was not granted (rejected by a supervisor, or not decided in time); the due date stays.</summary>
    DeferralRefused,

    /// <summary>A decision on an application to reduce or waive client fees (Act 734/1992 11 §): reduced, waived or refused, with the calculation and rectification instructions.</summary>
    FeeReductionDecision,

    /// <summary>The free card (vapaakortti): the annual payment ceiling is reached (a replacement says its start date moved).</summary>
    FreeCard,

    /// <summary>The free card no longer holds: a cancellation or correction took the accrual below the ceiling.</summary>
    FreeCardRevoked,

    /// <summary>A statement of the annual payment ceiling (maksukatto), on request: accrual, remaining, free card and the lines.</summary>
    CeilingStatement,
}
