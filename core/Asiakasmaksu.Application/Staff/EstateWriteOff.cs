using System.Security.Cryptography;
using System.Text;
using Asiakasmaksu.Application.Invoices;
using Asiakasmaksu.Application.Outbox;
using Asiakasmaksu.Application.Store;
using Asiakasmaksu.Domain;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.Notices;
using Asiakasmaksu.Domain.Staff;

namespace Asiakasmaksu.Application.Staff;

/// <summary>
/// Estate write-off (seed 002): the estate inventory of a deceased client shows no assets, so
/// every open invoice of the client is written off and one confirmation goes to the estate. In
/// three steps so that a Durable orchestration can fan the middle one out; the local host runs
/// them in a row. Idempotent: a rerun writes off nothing twice and sends no second confirmation
/// unless it wrote off more (<see cref="ConfirmAsync"/>).
/// </summary>
public sealed class EstateWriteOff(IInvoiceStore store, StaffActions staff, IOutboxStore outbox)
{
    /// <summary>The client's open invoices.</summary>
    public async Task<IReadOnlyList<InvoiceId>> OpenInvoicesAsync(string clientId, CancellationToken cancellationToken)
    {
        var ids = new List<InvoiceId>();
        await foreach (var summary in store.ListForClientAsync(clientId, cancellationToken).ConfigureAwait(false))
        {
            if (summary.Status == "open")
            {
                ids.Add(summary.Id);
            }
        }

        return ids;
    }

    /// <summary>Writes off one invoice.</summary>
    public Task<StaffResult> WriteOffAsync(InvoiceId id, DateOnly inventoryDate, Stamp stamp, CancellationToken cancellationToken) =>
        staff.WriteOffForEstateAsync(id, inventoryDate, stamp, cancellationToken);

    /// <summary>
    /// Queues the one confirmation listing every invoice of the client written off for this
    /// inventory; returns it, or null when none was written off. Its id is deterministic: the client,
    /// the inventory date and the invoices it lists, so that a rerun of the same write-off sends
    /// nothing twice, and a later one that wrote off more (an invoice billed in arrears that arrived
    /// after the first) sends a new confirmation listing them all.
    /// </summary>
    public async Task<Notice?> ConfirmAsync(string clientId, DateOnly inventoryDate, Stamp stamp, CancellationToken cancellationToken)
    {
        var written = new List<(IssuedInvoice Invoice, Money Amount)>();
        await foreach (var summary in store.ListForClientAsync(clientId, cancellationToken).ConfigureAwait(false))
        {
            if (summary.Status == "written_off" && await store.LoadAsync(summary.Id, cancellationToken).ConfigureAwait(false) is { State: ClosedInvoice { Closure: Closure.WrittenOff w } closed } stored
                && w.InventoryDate == inventoryDate)
            {
                var amount = stored.History.Select(h => h.Event).OfType<InvoiceEvent.WrittenOff>().Last().Amount;
                written.Add((closed, amount));
            }
        }

        if (written.Count == 0)
        {
            return null;
        }

        var latest = written.MaxBy(w => w.Invoice.Facts.InvoiceDate).Invoice.Facts;
        var notice = NoticeComposer.ForEstateWriteOff(
            $"estate-{Key(clientId)}-{inventoryDate:yyyyMMdd}-{Key(string.Join(',', written.Select(w => w.Invoice.Facts.Id.Value).Order(StringComparer.Ordinal)))}",
            clientId,
            latest.Client.Name,
            latest.Language,
            EstateRecipient(latest),
            StaffActions.Day(stamp),
            inventoryDate,
            [.. written.OrderBy(w => w.Invoice.Facts.InvoiceDate).Select(w => new WrittenOffInvoice(w.Invoice.Facts.Id, w.Invoice.Facts.InvoiceDate, w.Invoice.Facts.Reference, w.Amount) { InvoiceNumber = w.Invoice.Facts.InvoiceNumber })]);
        await outbox.AddAsync(notice, stamp.At, cancellationToken).ConfigureAwait(false);
        return notice;
    }

    /// <summary>All three steps in a row (the local host).</summary>
    public async Task<EstateWriteOffResult> RunAsync(string clientId, DateOnly inventoryDate, Stamp stamp, CancellationToken cancellationToken)
    {
        var results = new List<(InvoiceId Id, StaffResult Result)>();
        foreach (var id in await OpenInvoicesAsync(clientId, cancellationToken).ConfigureAwait(false))
        {
            results.Add((id, await WriteOffAsync(id, inventoryDate, stamp, cancellationToken).ConfigureAwait(false)));
        }

        var refusals = results.Select(r => r.Result.Outcome switch
        {
            CommandOutcome.Refused refused => refused.Reason,
            CommandOutcome.Conflict => $"invoice {r.Id} changed at the same time; run the write-off again",
            _ => null,
        }).OfType<string>().ToList();
        var confirmation = await ConfirmAsync(clientId, inventoryDate, stamp, cancellationToken).ConfigureAwait(false);
        var writtenOff = results.Where(r => r.Result.Outcome is CommandOutcome.Applied).Select(r => r.Id).ToList();
        return new EstateWriteOffResult(writtenOff.Count, refusals, confirmation) { WrittenOffIds = writtenOff };
    }

    /// <summary>
    /// The estate's address: the guardian or relative who handled the client's mail, or else
    /// "the estate of" the client at the client's address. Assumption: the estate administrator's
    /// own address is not in the billing data.
    /// </summary>
    private static Recipient EstateRecipient(InvoiceFacts facts) =>
        facts.Recipient.OnBehalfOfClient
            ? facts.Recipient
            : new Recipient(facts.Client with { Name = $"{EstateOf(facts.Language)} {facts.Client.Name}" }, facts.Recipient.Email, true);

    private static string EstateOf(Language language) => language switch
    {
        Language.Sv => "Dödsboet efter",
        Language.En => "The estate of",
        _ => "Kuolinpesä:",
    };

    /// <summary>A short hash of <paramref name="text"/> (a client id, a list of invoice ids): ids carry no personal data.</summary>
    private static string Key(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 8));
}
