using System.Text.Json;
using Asiakasmaksu.Application.Payments;
using Asiakasmaksu.Application.Reporting;
using Asiakasmaksu.Domain.Payments;

namespace Asiakasmaksu.Application.Simulation;

/// <summary>
/// The bank payment files of a simulation (<c>--payments</c>): each read whole up front (a refused
/// file stops the run before anything is simulated), reversals paired within their file, then each
/// payment applied through <see cref="PaymentImport"/> on its booking date. A payment booked
/// outside the run goes to the unmatched list with that reason.
/// </summary>
internal sealed class SimulationPayments
{
    private readonly ILookup<DateOnly, (string File, BankPayment Payment)> byDay;
    private readonly List<(string File, BankPayment Payment)> all;

    private SimulationPayments(List<(string File, BankPayment Payment)> payments, int cancelled)
    {
        all = payments;
        byDay = payments.ToLookup(p => p.Payment.BookingDate);
        Cancelled = cancelled;
    }

    /// <summary>The unmatched list of the run.</summary>
    public SimulationUnmatchedPayments Unmatched { get; } = new();

    /// <summary>Payments recorded on invoices.</summary>
    public int Applied { get; private set; }

    /// <summary>Payments cancelled by a reversal in their own file (each pair counts once).</summary>
    public int Cancelled { get; }

    /// <summary>Reads every file; throws <see cref="SimulationInputException"/> for one that is refused.</summary>
    public static SimulationPayments Read(IReadOnlyList<string> paths)
    {
        var payments = new List<(string, BankPayment)>();
        var cancelled = 0;
        foreach (var path in paths)
        {
            var name = Path.GetFileName(path);
            switch (PaymentFile.Parse(File.ReadAllBytes(path)))
            {
                case PaymentFileResult.Read read:
                    var (remaining, pairs) = ReversalPairing.Pair(read.Payments);
                    payments.AddRange(remaining.Select(p => (name, p)));
                    cancelled += pairs.Count;
                    break;
                case PaymentFileResult.Refused refused:
                    throw new SimulationInputException($"{name}: {refused.Message}");
            }
        }

        return new SimulationPayments(payments, cancelled);
    }

    /// <summary>Applies the payments booked on <paramref name="day"/>, in file order.</summary>
    public async Task ApplyDayAsync(PaymentImport import, DateOnly day, CancellationToken cancellationToken)
    {
        foreach (var (file, payment) in byDay[day])
        {
            var result = await import.ApplyAsync(file, payment, cancellationToken).ConfigureAwait(false);
            if (result.Kind == PaymentOutcomeKind.Applied)
            {
                Applied++;
            }
        }
    }

    /// <summary>Lists the payments booked outside <paramref name="first"/>..<paramref name="last"/> as unmatched.</summary>
    public async Task ListOutsideAsync(DateOnly first, DateOnly last, DateTimeOffset at, CancellationToken cancellationToken)
    {
        foreach (var (file, p) in all.Where(x => x.Payment.BookingDate < first || x.Payment.BookingDate > last))
        {
            var entry = new UnmatchedPayment(
                UnmatchedPayment.IdFor(p.PaymentId), p.PaymentId, file, p.Amount, p.IsReversal, p.BookingDate, p.PaidOn, p.Reference,
                $"its booking date is outside the run ({first:yyyy-MM-dd} to {last:yyyy-MM-dd})", at, UnmatchedPayment.Open, null, null, null);
            await Unmatched.AddAsync(entry, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Writes unmatched-payments.json: the unmatched list at the end, by booking date, each entry as the staff API shows it (<see cref="UnmatchedPaymentJson"/>).</summary>
    public async Task WriteAsync(string path, CancellationToken cancellationToken)
    {
        await using var file = File.Create(path);
        await using var w = new Utf8JsonWriter(file, new JsonWriterOptions { Indented = true });
        w.WriteStartArray();
        await foreach (var e in Unmatched.ListAsync(null, cancellationToken).ConfigureAwait(false))
        {
            UnmatchedPaymentJson.Write(w, e);
        }

        w.WriteEndArray();
        await w.FlushAsync(cancellationToken).ConfigureAwait(false);
    }
}
