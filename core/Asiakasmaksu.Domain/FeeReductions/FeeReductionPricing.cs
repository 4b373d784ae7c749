namespace Asiakasmaksu.Domain.FeeReductions;

/// <summary>
/// What a billing line costs under the client's fee-reduction decisions (Act 734/1992 11 §): the
/// billing import calls it for each accepted line of a client (docs/ceiling.md, "How the import
/// applies fee reductions"). Pure.
/// </summary>
/// <remarks>
/// <para>
/// <b>Which decision.</b> A decision applies to a line when it reduced or waived the line's service
/// (the decided fee's service equals the line's service code, ordinal) and the line's service date
/// falls in its period (whole months, from the first day of the application month). Refusals never
/// apply, and a refusal of a later application does not undo an earlier decision still running.
/// When several decisions cover the same service and month, the one decided last applies (ties by
/// decision id, ordinal): a later decision on the same months replaces the earlier one.
/// </para>
/// <para>
/// <b>The amount.</b> The decided monthly fee replaces the list amount; a waiver bills 0. A decision
/// never raises a fee: a line listed below the decided monthly fee (a part month) is billed as
/// listed, since the calculation showed the client can pay the decided fee for that month.
/// </para>
/// <para>
/// <b>Several lines of one month (assumption).</b> The monthly billing sends a monthly fee as one line
/// per service and month (seed 004: home care is billed monthly in arrears). When a month's fee comes
/// in several lines of the same service (a split month, a supplementary line in a correction run), the
/// decided fee is what the whole month may cost, not each line: each line is billed at most what the
/// decided monthly fee leaves after what the earlier lines of that service and month were billed
/// (<c>alreadyBilled</c>), so the month never costs more than the decided fee in total. Billing each
/// line at the decided fee would charge it several times over. <see cref="PriceInOrder"/> keeps that
/// running sum for the lines of one call, in the order given; lines of the same month billed by an
/// earlier import are the caller's to pass.
/// </para>
/// </remarks>
public static class FeeReductionPricing
{
    /// <summary>
    /// The price of one line: <paramref name="listAmount"/> of <paramref name="serviceCode"/> on
    /// <paramref name="serviceDate"/>, given the client's <paramref name="decisions"/> and what earlier
    /// lines of the same service and month were already billed under the applying decision.
    /// </summary>
    public static FeeReductionPrice Price(IEnumerable<FeeReductionDecision> decisions, string serviceCode, DateOnly serviceDate, Money listAmount, Money alreadyBilled = default)
    {
        ArgumentNullException.ThrowIfNull(decisions);
        FeeReductionDecision? applying = null;
        ReducedFee? fee = null;
        foreach (var decision in decisions)
        {
            if (decision.FeeFor(serviceCode, serviceDate) is { } f && (applying is null || Later(decision, applying)))
            {
                applying = decision;
                fee = f;
            }
        }

        if (applying is null || fee is null)
        {
            return new FeeReductionPrice(listAmount, listAmount, null, null);
        }

        var leftThisMonth = Money.Max(Money.Zero, fee.Now - alreadyBilled);
        return new FeeReductionPrice(Money.Min(listAmount, leftThisMonth), listAmount, applying, fee);
    }

    /// <summary>
    /// Prices <paramref name="lines"/> of one client in the order given, keeping for each decision,
    /// service and month what its earlier lines were billed (see the remarks on several lines of one month).
    /// </summary>
    public static IReadOnlyList<FeeReductionPrice> PriceInOrder(IReadOnlyCollection<FeeReductionDecision> decisions, IEnumerable<FeeReductionLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var billed = new Dictionary<(string Decision, string Service, int Year, int Month), Money>();
        var prices = new List<FeeReductionPrice>();
        foreach (var line in lines)
        {
            var probe = Price(decisions, line.ServiceCode, line.ServiceDate, line.ListAmount);
            if (probe.Decision is not { } decision)
            {
                prices.Add(probe);
                continue;
            }

            var key = (decision.Id, line.ServiceCode, line.ServiceDate.Year, line.ServiceDate.Month);
            var before = billed.GetValueOrDefault(key);
            var price = Price(decisions, line.ServiceCode, line.ServiceDate, line.ListAmount, before);
            billed[key] = before + price.Amount;
            prices.Add(price);
        }

        return prices;
    }

    private static bool Later(FeeReductionDecision a, FeeReductionDecision b) =>
        a.DecidedAt != b.DecidedAt ? a.DecidedAt > b.DecidedAt : string.CompareOrdinal(a.Id, b.Id) > 0;
}
