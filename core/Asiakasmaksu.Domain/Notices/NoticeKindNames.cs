namespace Asiakasmaksu.Domain.Notices;

/// <summary>The snake_case names of <see cref="NoticeKind"/> used in files and JSON.</summary>
public static class NoticeKindNames
{
    /// <summary>"invoice", "reminder", "collection_letter_1", … as in the domain issue.</summary>
    public static string Name(this NoticeKind kind) => kind switch
    {
        NoticeKind.Invoice => "invoice",
        NoticeKind.Reminder => "reminder",
        NoticeKind.CollectionLetter1 => "collection_letter_1",
        NoticeKind.CollectionLetter2 => "collection_letter_2",
        NoticeKind.Enforcement => "enforcement",
        NoticeKind.DeferralConfirmation => "deferral_confirmation",
        NoticeKind.PaymentPlanConfirmation => "payment_plan_confirmation",
        NoticeKind.WriteOffConfirmation => "write_off_confirmation",
        NoticeKind.WaiverConfirmation => "waiver_confirmation",
        NoticeKind.DeferralRefused => "deferral_refused",
        NoticeKind.FeeReductionDecision => "fee_reduction_decision",
        NoticeKind.FreeCard => "free_card",
        NoticeKind.FreeCardRevoked => "free_card_revoked",
        NoticeKind.CeilingStatement => "ceiling_statement",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>True for confirmations, the only notices a closed invoice may still cause.</summary>
    public static bool IsConfirmation(this NoticeKind kind) =>
        kind is NoticeKind.DeferralConfirmation or NoticeKind.PaymentPlanConfirmation or NoticeKind.WriteOffConfirmation or NoticeKind.WaiverConfirmation or NoticeKind.DeferralRefused;
}
