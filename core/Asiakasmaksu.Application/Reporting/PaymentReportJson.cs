using System.Text.Json;
using System.Text.Json.Serialization;
using Asiakasmaksu.Application.Payments;
using Asiakasmaksu.Application.Serialization;

namespace Asiakasmaksu.Application.Reporting;

/// <summary>
/// The report of a payment file (<c>&lt;file&gt;.report.json</c>, docs/payments.md): the outcome in
/// the domain's JSON form, with its words (the outcome of each payment, the file's format) in
/// snake_case like every other status word the system writes (<c>applied</c>, <c>already_applied</c>,
/// <c>camt054</c>).
/// </summary>
public static class PaymentReportJson
{
    private static readonly JsonSerializerOptions Options = Create();

    /// <summary>The report's bytes.</summary>
    public static byte[] Serialize(PaymentImportOutcome outcome) => JsonSerializer.SerializeToUtf8Bytes(outcome, Options);

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(DomainJson.Options);
        for (var i = options.Converters.Count - 1; i >= 0; i--)
        {
            if (options.Converters[i] is JsonStringEnumConverter)
            {
                options.Converters.RemoveAt(i);
            }
        }

        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        options.MakeReadOnly();
        return options;
    }
}
