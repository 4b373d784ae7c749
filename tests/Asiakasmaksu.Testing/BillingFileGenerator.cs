using System.Globalization;
using System.Text;

namespace Asiakasmaksu.Testing;

/// <summary>
/// Writes realistic billing files (docs/billing-file.md) for tests, benchmarks and the demo:
/// deterministic for a seed, in any size, streamed so that a million lines need no memory.
/// Names and addresses are invented; henkilötunnus values use the public test numbers range
/// (individual numbers 900–999 are temporary codes, never real persons).
/// </summary>
public sealed class BillingFileGenerator(int seed)
{
    private static readonly string[] FirstNames = ["Aino", "Eino", "Helmi", "Väinö", "Siiri", "Toivo", "Elsa", "Onni", "Lyyli", "Tauno", "Märta", "Gunnar", "Grace", "Ahmed"];
    private static readonly string[] LastNames = ["Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Hämäläinen", "Laine", "Heikkinen", "Koskinen", "Lindqvist", "Öhman", "Smith"];
    private static readonly string[] Streets = ["Mannerheimintie", "Hämeenkatu", "Kauppakatu", "Koulukatu", "Rantatie", "Kirkkokatu"];
    private static readonly string[] Cities = ["Helsinki", "Tampere", "Vaasa", "Oulu", "Turku", "Mustasaari"];
    private static readonly (string Code, decimal Price, bool Ceiling)[] Services =
    [
        ("HOMECARE", 48.60m, false), ("DOCTOR", 20.90m, true), ("ORAL", 13.70m, true), ("PHYSIO", 12.40m, true),
        ("SHORTCARE", 49.60m, true), ("DAYCARE", 22.80m, true), ("MEALS", 7.80m, false), ("TRANSPORT", 4.30m, false),
    ];

    /// <summary>Writes a file of <paramref name="lines"/> lines for about <paramref name="lines"/>/<paramref name="linesPerClient"/> clients.</summary>
    public void Write(TextWriter writer, string batchId, DateOnly invoiceDate, int lines, int linesPerClient = 1, char delimiter = ';', bool withOptionalColumns = true)
    {
        var random = new Random(seed);
        var d = delimiter;
        writer.Write(string.Join(d, ["batch_id", "line_id", "client_id", "name", "street", "postal_code", "city", "language", "service_code", "service_date", "amount", "ceiling", "invoice_date"]));
        if (withOptionalColumns)
        {
            writer.Write(string.Join(d, [string.Empty, "email", "recipient_name", "recipient_street", "recipient_postal_code", "recipient_city", "quantity", "unit_price"]));
        }

        writer.Write('\n');
        var client = 0;
        var line = new StringBuilder(256);
        for (var i = 0; i < lines; i++)
        {
            if (i % Math.Max(1, linesPerClient) == 0)
            {
                client++;
            }

            var clientRandom = new Random(client * 7919); // the same client id is the same person in every file
            var name = $"{FirstNames[clientRandom.Next(FirstNames.Length)]} {LastNames[clientRandom.Next(LastNames.Length)]}";
            var language = clientRandom.Next(20) switch { 0 => "sv", 1 => "sv", 2 => "en", _ => "fi" };
            var service = Services[random.Next(Services.Length)];
            var quantity = random.Next(1, 6);
            var amount = service.Price * quantity;
            var serviceDate = invoiceDate.AddDays(-random.Next(10, 40));
            line.Clear();
            line.AppendJoin(d, batchId, $"L{i + 1:D7}", $"C{client:D7}", name, $"{Streets[clientRandom.Next(Streets.Length)]} {clientRandom.Next(1, 90)}", $"{clientRandom.Next(100, 990):D3}{clientRandom.Next(0, 9)}0", Cities[clientRandom.Next(Cities.Length)], language, service.Code, Iso(serviceDate), Decimal(amount, d), service.Ceiling ? "1" : "0", Iso(invoiceDate));
            if (withOptionalColumns)
            {
                var email = clientRandom.Next(3) == 0 ? $"client{client}@example.org" : string.Empty;
                var guardian = clientRandom.Next(8) == 0;
                line.Append(d).AppendJoin(
                    d,
                    email,
                    guardian ? $"{FirstNames[clientRandom.Next(FirstNames.Length)]} {LastNames[clientRandom.Next(LastNames.Length)]}" : string.Empty,
                    guardian ? $"{Streets[clientRandom.Next(Streets.Length)]} {clientRandom.Next(1, 90)} B" : string.Empty,
                    guardian ? "00100" : string.Empty,
                    guardian ? "Helsinki" : string.Empty,
                    quantity.ToString(CultureInfo.InvariantCulture),
                    Decimal(service.Price, d));
            }

            writer.Write(line);
            writer.Write('\n');
        }
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Decimal(decimal value, char delimiter)
    {
        var text = value.ToString("0.00", CultureInfo.InvariantCulture);
        return delimiter == ';' ? text.Replace('.', ',') : text;
    }
}
