using System.Globalization;
using Asiakasmaksu.Application.Outbox;
using Asiakasmaksu.Application.Staff;
using Asiakasmaksu.Application.Time;
using Asiakasmaksu.Domain;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.Staff;

namespace Asiakasmaksu.Application.Ceiling;

/// <summary>
/// What staff ask of a holder's annual payment ceiling (maksukatto): the account of a year (read)
/// and the statement notice (<c>ceiling_statement</c>) queued in the outbox, audited as the other
/// staff actions are.
/// </summary>
public sealed class CeilingStatements(ICeilingStore store, InvoiceRules rules, IOutboxStore outbox, StaffActions staff)
{
    private const string Action = "ceiling_statement";

    private readonly CeilingNoticeWriter notices = new(outbox, rules.Tariffs);

    /// <summary>The account of <paramref name="holderId"/> for <paramref name="year"/> (an empty one when nothing was charged).</summary>
    public async Task<StoredCeiling> LoadAsync(string holderId, int year, CancellationToken cancellationToken)
    {
        var key = new CeilingKey(holderId, year);
        return (await store.LoadAsync([key], cancellationToken).ConfigureAwait(false))[key];
    }

    /// <summary>The year's ceiling, or null when the year has no tariff or its ceiling is unconfirmed.</summary>
    public Money? CeilingOf(int year) => rules.Tariffs.Has(year) ? rules.Tariffs.For(year).Ceiling : null;

    /// <summary>Queues the statement of <paramref name="holderId"/>'s <paramref name="year"/>, asked by <paramref name="stamp"/>'s caller; audited either way.</summary>
    public async Task<CeilingStatementOutcome> RequestAsync(string holderId, int year, Stamp stamp, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stamp);
        var stored = await LoadAsync(holderId, year, cancellationToken).ConfigureAwait(false);
        var yearText = year.ToString(CultureInfo.InvariantCulture);
        string? refusal = stored.Account.Lines.Count == 0 && stored.Account.Cancelled.Count == 0
            ? $"the client has no fees toward the payment ceiling of {yearText}"
            : CeilingOf(year) is null ? $"the payment ceiling for {yearText} is unconfirmed: set it in the tariff configuration" : null;
        var notice = refusal is null ? notices.Statement(stored, BusinessTime.DateOf(stamp.At)) : null;
        if (notice is null)
        {
            refusal ??= "the client's ceiling account has no address for notices";
            await staff.AppendAuditAsync(Action, null, holderId, "refused", stamp, refusal, null, null, $"year={yearText}", cancellationToken).ConfigureAwait(false);
            return new CeilingStatementOutcome.Refused(stored.Account.Lines.Count == 0, refusal);
        }

        await notices.AddAsync(notice, stamp.At, cancellationToken).ConfigureAwait(false);
        // The notice is one a day (its id); its record is one a request: a retry of this request
        // (same caller, reason and notice) finds the record an earlier attempt left today.
        var details = $"year={yearText} notice={notice.Id}";
        var auditId = await staff.FindAuditAsync(holderId, Action, "applied", stamp, details, BusinessTime.StartOf(BusinessTime.DateOf(stamp.At)), cancellationToken).ConfigureAwait(false)
            ?? await staff.AppendAuditAsync(Action, null, holderId, "applied", stamp, null, null, null, details, cancellationToken).ConfigureAwait(false);
        return new CeilingStatementOutcome.Queued(notice, auditId);
    }
}
