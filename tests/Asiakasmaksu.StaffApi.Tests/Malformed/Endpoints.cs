using System.Text.Json.Nodes;

namespace Asiakasmaksu.StaffApi.Tests.Malformed;

/// <summary>What a body field holds, which decides how it can be broken.</summary>
public enum FieldKind
{
    /// <summary>"yyyy-mm-dd".</summary>
    Date,

    /// <summary>Euros, a number or a string, at most two decimals.</summary>
    Amount,

    /// <summary>Free text.</summary>
    Text,

    /// <summary>true or false.</summary>
    Bool,

    /// <summary>The payment plan's installments.</summary>
    Installments,

    /// <summary>erroneous_invoice or erroneous_transfer.</summary>
    CancellationReason,
}

/// <summary>One field of a POST body and a valid value for it.</summary>
/// <param name="Name">The JSON name.</param>
/// <param name="Kind">What it holds.</param>
/// <param name="Required">True when leaving it out is an error.</param>
/// <param name="Valid">A valid value.</param>
public sealed record BodyField(string Name, FieldKind Kind, bool Required, JsonNode Valid);

/// <summary>One POST endpoint: its route (with {invoiceId}, {clientId}, {requestId}, {claimId}) and body fields.</summary>
/// <param name="Route">The route template.</param>
/// <param name="Fields">The body's fields.</param>
public sealed record PostEndpoint(string Route, IReadOnlyList<BodyField> Fields)
{
    /// <summary>Every POST endpoint of the API.</summary>
    public static IReadOnlyList<PostEndpoint> All { get; } =
    [
        new("/api/invoices/{invoiceId}/deferrals", [Date("newDueDate"), Text("reason")]),
        new("/api/invoices/{invoiceId}/deferral-requests", [Date("newDueDate"), Text("reason")]),
        new("/api/deferral-requests/{requestId}/decision", [new("approve", FieldKind.Bool, true, true), Text("note", required: false)]),
        new("/api/invoices/{invoiceId}/payment-plans", [new("installments", FieldKind.Installments, true, new JsonArray(new JsonObject { ["dueDate"] = "2026-04-17", ["amount"] = "60.00" })), Text("reason")]),
        new("/api/invoices/{invoiceId}/payments", [new("amount", FieldKind.Amount, true, "10.00"), Date("paidOn"), Text("reference", required: false)]),
        new("/api/invoices/{invoiceId}/waiver", [Text("reason")]),
        new("/api/invoices/{invoiceId}/cancellation", [new("reason", FieldKind.CancellationReason, true, "erroneous_invoice"), Text("note")]),
        new("/api/invoices/{invoiceId}/rectification-claims", [Date("receivedOn"), Text("note", required: false)]),
        new("/api/invoices/{invoiceId}/rectification-claims/{claimId}/decision", [new("accepted", FieldKind.Bool, true, true), new("newAmount", FieldKind.Amount, false, "30.00"), Text("note", required: false)]),
        new("/api/clients/{clientId}/estate-write-off", [Date("inventoryDate"), Text("note")]),
    ];

    /// <summary>The route parameters in the template.</summary>
    public IEnumerable<string> RouteParameters => new[] { "invoiceId", "clientId", "requestId", "claimId" }.Where(p => Route.Contains($"{{{p}}}", StringComparison.Ordinal));

    /// <summary>A body with every field valid.</summary>
    public JsonObject ValidBody()
    {
        var body = new JsonObject();
        foreach (var field in Fields)
        {
            body[field.Name] = field.Valid.DeepClone();
        }

        return body;
    }

    /// <summary>The path with the given route values (already escaped as needed).</summary>
    public string Path(IReadOnlyDictionary<string, string> values) =>
        values.Aggregate(Route, (path, v) => path.Replace($"{{{v.Key}}}", v.Value, StringComparison.Ordinal));

    /// <summary>For test names.</summary>
    public override string ToString() => Route;

    private static BodyField Date(string name) => new(name, FieldKind.Date, true, "2026-03-04");

    private static BodyField Text(string name, bool required = true) => new(name, FieldKind.Text, required, "because");
}
