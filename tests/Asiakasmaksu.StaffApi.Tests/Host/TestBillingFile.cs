using Asiakasmaksu.Application.Time;

namespace Asiakasmaksu.StaffApi.Tests.Host;

/// <summary>
/// A small billing file (docs/billing-file.md) for the tests that import through the hosts' use case:
/// one batch of its own, one line per client dated <see cref="StaffApiFixture.InvoiceDate"/>, with an
/// optional henkilötunnus (the <c>ssn</c> column) and optional rejected lines (an amount with three decimals).
/// </summary>
public static class TestBillingFile
{
    private const string Header = "batch_id;line_id;client_id;name;street;postal_code;city;language;service_code;service_date;amount;ceiling;invoice_date;ssn";

    /// <summary>The clock of an import on the invoice date at 08:00 plus <paramref name="minutes"/> (so files read in turn are ordered).</summary>
    public static ManualClock ImportClock(int minutes = 0) => new(BusinessTime.StartOf(StaffApiFixture.InvoiceDate).AddHours(8).AddMinutes(minutes));

    /// <summary>A fresh batch id (the invoice ids are made from batch and client).</summary>
    public static string NewBatch() => $"test-{Guid.NewGuid():N}"[..21];

    /// <summary>A word no other test's client name holds (letters only).</summary>
    public static string UniqueWord() => "Zz" + new string([.. Guid.NewGuid().ToString("N").Select(c => (char)('a' + (c % 26)))])[..10];

    /// <summary>The file's text: <paramref name="clients"/> (id, name, ssn or null), then <paramref name="rejected"/> lines that the import rejects.</summary>
    public static string Of(string batch, IEnumerable<(string ClientId, string Name, string? Ssn)> clients, int rejected = 0)
    {
        var lines = new List<string> { Header };
        var n = 0;
        foreach (var (clientId, name, ssn) in clients)
        {
            lines.Add($"{batch};L-{++n};{clientId};{name};Kotikatu 1;00100;Helsinki;fi;KOTIHOITO;2026-02-27;40,00;0;2026-03-02;{ssn}");
        }

        for (var i = 0; i < rejected; i++)
        {
            lines.Add($"{batch};L-{++n};R-{batch}-{i};Hylätty Rivi;Kotikatu 1;00100;Helsinki;fi;KOTIHOITO;2026-02-27;12,345;0;2026-03-02;");
        }

        return string.Join('\n', lines) + "\n";
    }
}
