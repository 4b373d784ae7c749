using System.Globalization;
using System.Text.Json;
using Asiakasmaksu.Domain;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.Staff;
using S = Asiakasmaksu.Application.Simulation.SimulationEvent;

namespace Asiakasmaksu.Application.Simulation;

/// <summary>
/// Reads a simulation's events file: JSON lines, each <c>{date, type, …}</c> (docs/simulate.md).
/// Blank lines and lines starting with # are skipped. An unreadable line stops the run with a
/// <see cref="SimulationInputException"/> naming the line. Amounts may be numbers or strings.
/// Events keep file order within a day.
/// </summary>
public static class EventsFile
{
    /// <summary>Reads every event of the file at <paramref name="path"/>; none without a file.</summary>
    public static IReadOnlyList<SimulationEvent> ReadFile(string? path)
    {
        if (path is null)
        {
            return [];
        }

        using var reader = new StreamReader(path);
        return Read(reader);
    }

    /// <summary>The events dated outside the run's days, each with why it is refused.</summary>
    public static IEnumerable<(SimulationEvent Event, string Reason)> OutsideRun(IEnumerable<SimulationEvent> events, DateOnly first, DateOnly last) =>
        events.Where(e => e.Date < first || e.Date > last)
            .Select(e => (e, $"its date is outside the run ({first:yyyy-MM-dd} to {last:yyyy-MM-dd})"));

    /// <summary>Reads every event.</summary>
    public static IReadOnlyList<SimulationEvent> Read(TextReader reader)
    {
        var events = new List<SimulationEvent>();
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            try
            {
                using var document = JsonDocument.Parse(line);
                events.Add(Parse(number, line.Trim(), document.RootElement));
            }
            catch (JsonException e)
            {
                throw new SimulationInputException($"events line {number}: not valid JSON ({e.Message.Split('.')[0]})", e);
            }
            catch (FormatException e)
            {
                throw new SimulationInputException($"events line {number}: {e.Message}", e);
            }
        }

        return events;
    }

    private static SimulationEvent Parse(int n, string json, JsonElement e)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("expected a JSON object");
        }

        var date = Date(e, "date");
        var type = Text(e, "type");
        var role = Optional(e, "role");
        var actor = new Actor(Optional(e, "staffId") ?? "simulator", role is null ? StaffRole.System : StaffRoleNames.TryParse(role, out var r) ? r : throw new FormatException($"unknown role \"{role}\""));
        var reason = Optional(e, "reason") ?? string.Empty;
        SimulationEvent parsed = type switch
        {
            "payment" => new S.Payment(n, date, json, Text(e, "batchId"), Text(e, "clientId"), Amount(e, "amount")) { Actor = actor, Reason = reason },
            "deferral" => new S.Deferral(n, date, json, Text(e, "batchId"), Text(e, "clientId"), Date(e, "newDueDate")) { Actor = actor, Reason = reason },
            "paymentPlan" => new S.PaymentPlan(n, date, json, Text(e, "batchId"), Text(e, "clientId"), Installments(e)) { Actor = actor, Reason = reason },
            "estateWriteOff" => new S.EstateWriteOff(n, date, json, Text(e, "clientId"), Date(e, "inventoryDate")) { Actor = actor, Reason = reason },
            "waiver" => new S.Waiver(n, date, json, Text(e, "batchId"), Text(e, "clientId")) { Actor = actor, Reason = reason },
            "cancel" => new S.Cancel(n, date, json, Text(e, "batchId"), Text(e, "clientId"), CancelReason(Text(e, "reason"))) { Actor = actor, Reason = Optional(e, "note") ?? Text(e, "reason") },
            "rectificationClaim" => new S.RectificationClaim(n, date, json, Text(e, "batchId"), Text(e, "clientId")) { Actor = actor, Reason = reason },
            "rectificationDecision" => new S.RectificationDecision(n, date, json, Text(e, "batchId"), Text(e, "clientId"), Bool(e, "accepted"), OptionalAmount(e, "newAmount")) { Actor = actor, Reason = reason },
            _ => throw new FormatException($"unknown type \"{type}\""),
        };
        return parsed;
    }

    private static CancellationReason CancelReason(string reason) => reason switch
    {
        "erroneous_invoice" => CancellationReason.ErroneousInvoice,
        "erroneous_transfer" => CancellationReason.ErroneousTransfer,
        _ => throw new FormatException("reason must be erroneous_invoice or erroneous_transfer"),
    };

    private static IReadOnlyList<Installment> Installments(JsonElement e)
    {
        if (!e.TryGetProperty("installments", out var array) || array.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException("installments must be an array of {dueDate, amount}");
        }

        return [.. array.EnumerateArray().Select(i => new Installment(Date(i, "dueDate"), Amount(i, "amount")))];
    }

    private static string Text(JsonElement e, string name) =>
        Optional(e, name) ?? throw new FormatException($"{name} is missing");

    private static string? Optional(JsonElement e, string name) =>
        e.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? value.ValueKind == JsonValueKind.String ? value.GetString() : throw new FormatException($"{name} must be a string")
            : null;

    private static bool Bool(JsonElement e, string name) =>
        e.TryGetProperty(name, out var value) && value.ValueKind is JsonValueKind.True or JsonValueKind.False
            ? value.GetBoolean()
            : throw new FormatException($"{name} must be true or false");

    private static DateOnly Date(JsonElement e, string name) =>
        DateOnly.TryParseExact(Text(e, name), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new FormatException($"{name} must be a date yyyy-mm-dd");

    private static Money Amount(JsonElement e, string name) =>
        OptionalAmount(e, name) ?? throw new FormatException($"{name} is missing");

    private static Money? OptionalAmount(JsonElement e, string name)
    {
        if (!e.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var ok = value.ValueKind switch
        {
            JsonValueKind.Number => value.TryGetDecimal(out var d) ? d : (decimal?)null,
            JsonValueKind.String => decimal.TryParse(value.GetString(), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var s) ? s : null,
            _ => null,
        };
        return ok is { } euros && Money.IsWholeCents(euros)
            ? Money.Of(euros)
            : throw new FormatException($"{name} must be an amount in euros with at most two decimals");
    }
}
