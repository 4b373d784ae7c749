using System.Globalization;
using System.Text.Json;
using Asiakasmaksu.Domain.Billing;
using Asiakasmaksu.Domain.References;

namespace Asiakasmaksu.Local.Tests;

/// <summary><c>simulate --payments</c>: bank files of both formats applied on their booking dates; the unmatched list written out.</summary>
public sealed class SimulatePaymentsTests
{
    // ceiling 0: 2017's payment ceiling is unconfirmed (docs/tariffs.md) and would refuse ceiling lines.
    private const string Billing = """
        batch_id,line_id,client_id,name,street,postal_code,city,language,service_code,service_date,amount,ceiling,invoice_date,email
        2017-06-HOME,L1,C1,Aino Asiakas,Kotikatu 1,00100,Helsinki,fi,DOCTOR,2017-06-01,100.00,0,2017-07-25,
        2017-06-HOME,L3,C2,Bertil Kund,Gatan 2,00200,Helsinki,sv,DOCTOR,2017-06-02,20.90,0,2017-07-25,bertil@example.test
        """;

    [Fact]
    public async Task GivenAKtlAndACamtFile_WhenSimulated_ThenPaidInvoicesStopCollectionAndTheUnknownReferenceIsListed()
    {
        using var dir = new TempFolder();
        var billing = dir.Write("june.csv", Billing);
        var c1 = InvoiceReferences.CreditorFor(InvoiceIdentity.For("2017-06-HOME", "C1"));
        var c2 = InvoiceReferences.NationalFor(InvoiceIdentity.For("2017-06-HOME", "C2"));
        var ktl = dir.Write("viitteet.txt", string.Join("\r\n",
            ("0" + "170810" + "0930" + "01" + "123456789" + "1").PadRight(90),
            Record3("170810", "1708100001AA0001", c2, 2_090),
            Record3("170810", "1708100001AA0002", "12345672", 1_500),
            ("9" + "000002" + "00000003590" + "000000" + "00000000000").PadRight(90)) + "\r\n");
        var camt = dir.Write("camt.xml", $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.02"><BkToCstmrDbtCdtNtfctn>
              <GrpHdr><MsgId>M</MsgId><CreDtTm>2017-08-05T06:00:00</CreDtTm></GrpHdr>
              <Ntfctn><Id>1</Id><Acct><Id><IBAN>FI4950009420028730</IBAN></Id></Acct>
                <Ntry><Amt Ccy="EUR">100.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts>
                  <BookgDt><Dt>2017-08-05</Dt></BookgDt><ValDt><Dt>2017-08-04</Dt></ValDt><AcctSvcrRef>1708050001BB0001</AcctSvcrRef>
                  <NtryDtls><TxDtls><AmtDtls><TxAmt><Amt Ccy="EUR">100.00</Amt></TxAmt></AmtDtls>
                    <RmtInf><Strd><CdtrRefInf><Ref>{CreditorReference.Format(c1)}</Ref></CdtrRefInf></Strd></RmtInf></TxDtls></NtryDtls>
                </Ntry>
              </Ntfctn></BkToCstmrDbtCdtNtfctn></Document>
            """);
        var outDir = Path.Combine(dir.Path, "out");

        var run = await LocalCliProcess.RunAsync(dir.Path, "simulate", "--billing", billing, "--payments", ktl, "--payments", camt, "--until", "2017-12-31", "--out", outDir, "--letters", "html");

        Assert.True(run.ExitCode == 0, run.Error);
        using var invoices = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "invoices.json")));
        foreach (var invoice in invoices.RootElement.EnumerateArray())
        {
            Assert.Equal("paid", invoice.GetProperty("status").GetString());
            var steps = invoice.GetProperty("timeline").EnumerateArray().Select(t => t.GetProperty("type").GetString()).ToList();
            Assert.DoesNotContain("reminder", steps); // paid before the due date of 11 August 2017
        }

        using var unmatched = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "unmatched-payments.json")));
        var entry = Assert.Single(unmatched.RootElement.EnumerateArray());
        Assert.Equal("bank:1708100001AA0002", entry.GetProperty("paymentId").GetString());
        Assert.Equal("15.00", entry.GetProperty("amount").GetString());
        Assert.Equal("no invoice has this reference", entry.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task GivenAPaymentFileWithBadTotals_WhenSimulated_ThenTheRunStopsWithExitCode2AndTheRecord()
    {
        using var dir = new TempFolder();
        var billing = dir.Write("june.csv", Billing);
        var ktl = dir.Write("viitteet.txt", string.Join("\n",
            ("0" + "170810" + "0930" + "01" + "123456789" + "1").PadRight(90),
            Record3("170810", "1708100001AA0002", "12345672", 1_500),
            ("9" + "000001" + "00000001501" + "000000" + "00000000000").PadRight(90)));

        var run = await LocalCliProcess.RunAsync(dir.Path, "simulate", "--billing", billing, "--payments", ktl, "--until", "2017-12-31", "--out", Path.Combine(dir.Path, "out"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("viitteet.txt: line 3 (record 9)", run.Error, StringComparison.Ordinal);
    }

    private static string Record3(string date, string archiveId, string reference, long cents) =>
        "3" + "12345600000785" + date + date + archiveId.PadRight(16) + reference.PadLeft(20, '0') + "KUND BERTIL " + "1A"
        + cents.ToString("D10", CultureInfo.InvariantCulture) + "0A ";
}
