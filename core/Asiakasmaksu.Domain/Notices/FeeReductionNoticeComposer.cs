using Asiakasmaksu.Domain.FeeReductions;
using Asiakasmaksu.Domain.Invoices;

namespace Asiakasmaksu.Domain.Notices;

/// <summary>The notice of a recorded fee-reduction decision (Act 734/1992 11 §), as data. Pure.</summary>
public static class FeeReductionNoticeComposer
{
    /// <summary>The deterministic notice id of a decision: one notice per decision, so a retried request queues it once.</summary>
    public static string NoticeId(FeeReductionDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return $"fee-reduction-{decision.Id}";
    }

    /// <summary>
    /// The decision notice to <paramref name="recipient"/> (the client, or the guardian or relative
    /// who handles the client's mail) dated <paramref name="on"/>: the outcome, the period, the
    /// decided fees and the calculation (all in <see cref="NoticeDetails.FeeReduction"/>), and
    /// rectification instructions (the renderer adds them for every outcome, a refusal too).
    /// <see cref="Notice.Amounts"/> carries in <see cref="NoticeAmounts.Total"/> what the fees
    /// decided on cost a month from now on: the decided fees (0 when waived), or for a refusal the
    /// reducible fees as they were (they stay).
    /// </summary>
    public static Notice For(FeeReductionDecision decision, DateOnly on, Language language, Recipient recipient, string clientName)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var monthly = decision.Outcome == FeeReductionOutcome.Refused
            ? decision.FeesApplied.Where(f => f.Kind is FeeKind.SocialCare or FeeKind.IncomeBasedHealthCare).Aggregate(Money.Zero, (sum, f) => sum + f.Monthly)
            : decision.Fees.Aggregate(Money.Zero, (sum, f) => sum + f.Now);
        return new Notice(
            NoticeId(decision),
            NoticeKind.FeeReductionDecision,
            on,
            language,
            recipient,
            clientName,
            decision.ClientId,
            null,
            null,
            new NoticeAmounts(Money.Zero, Money.Zero, Money.Zero, monthly),
            null,
            null,
            NoticeDetails.None with { FeeReduction = decision });
    }
}
