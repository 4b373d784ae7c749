using Asiakasmaksu.Application.Ceiling;
using Asiakasmaksu.Application.Reporting;
using Asiakasmaksu.Domain;
using Asiakasmaksu.Domain.FeeReductions;
using Asiakasmaksu.StaffApi.Contract.Answers;
using Asiakasmaksu.StaffApi.Endpoints;

namespace Asiakasmaksu.StaffApi.Views;

/// <summary>Fee-reduction decisions and payment ceiling accounts in the contract's records.</summary>
internal static class DecisionViews
{
    /// <summary>A fee-reduction decision; <paramref name="outcome"/> only in the answer to the application.</summary>
    public static FeeReductionDecisionView FeeReduction(FeeReductionDecision d, string? outcome, string? noticeId) => new(
        outcome,
        d.Id,
        d.ClientId,
        FeeReductionRequests.Name(d.Outcome),
        d.ApplicationDate,
        FeeReductionRequests.Name(d.Household),
        FeeReductionRequests.Name(d.Arrangement),
        d.Period is { } p ? new Period(p.From, p.Through) : null,
        [.. d.Fees.Select(fee => new DecidedFee(fee.Service, fee.Was.ToString(), fee.Now.ToString()))],
        d.RefusalReason,
        [.. d.Calculation.Select(line => new CalculationLineView(line.Code, line.Label, line.Amount.ToString()))],
        d.DecidedBy.StaffId,
        JsonInstants.Format(d.DecidedAt),
        d.Reason,
        noticeId);

    /// <summary>A holder's ceiling account of <paramref name="year"/> (<paramref name="ceiling"/> null for an unconfirmed year).</summary>
    public static CeilingAccountView Ceiling(string clientId, int year, Money? ceiling, StoredCeiling stored)
    {
        var account = stored.Account;
        return new CeilingAccountView(
            clientId,
            year,
            ceiling?.ToString(),
            account.Accrued.ToString(),
            ceiling is { } c ? account.RemainingUnder(c).ToString() : null,
            account.ReducedFees.ToString(),
            account.FreeCard is { } card ? new FreeCard(card.From) : null,
            [.. account.Lines.Select(line => new CeilingLineView(
                line.Line.LineKey,
                line.Line.ClientId,
                line.Line.ServiceDate,
                line.Line.ServiceCode,
                line.Line.Billed.ToString(),
                line.Charge.Total.ToString(),
                (line.Line.CountsTowardCeiling ? line.Charge.TowardCeiling : Money.Zero).ToString()))]);
    }
}
