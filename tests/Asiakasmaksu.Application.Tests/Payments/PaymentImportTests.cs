using Asiakasmaksu.Application.Payments;
using Asiakasmaksu.Domain;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.References;
using Asiakasmaksu.Testing;
using L = Asiakasmaksu.Testing.KtlFileBuilder.Line;

namespace Asiakasmaksu.Application.Tests.Payments;

public sealed class PaymentImportTests
{
    private static readonly DateOnly Day = PaymentKit.PaidDay;

    [Fact]
    public async Task GivenAFullPaymentByNationalReference_WhenImported_ThenTheInvoiceIsPaidAndClosed()
    {
        var kit = await PaymentKit.CreateAsync();
        var invoice = kit.Invoices[0];

        var outcome = await kit.RunAsync(KtlFileBuilder.Bytes([new L("A1", PaymentKit.Reference(invoice), 2_090, Day)]));

        var report = outcome.Report!;
        Assert.Equal(1, report.Applied);
        Assert.Equal(Money.Of(20.90m), report.AppliedAmount);
        Assert.Equal([invoice.Value], report.PaidInvoiceIds);
        var state = await kit.StateAsync(invoice);
        Assert.IsType<ClosedInvoice>(state);
        Assert.Contains("bank:A1", state.Memory.PaymentIds);
    }

    [Fact]
    public async Task GivenAnOverPaymentByRfReferenceInCamt_WhenImported_ThenTheInvoiceClosesWithACreditBalance()
    {
        var kit = await PaymentKit.CreateAsync();
        var invoice = kit.Invoices[1];
        var rf = CreditorReference.Format(InvoiceReferences.CreditorFor(invoice));

        var outcome = await kit.RunAsync(PaymentKit.Utf8(Camt("25.00", rf, "C1")), "camt.xml");

        Assert.Equal(Money.Of(4.10m), outcome.Report!.CreditAmount);
        var state = await kit.StateAsync(invoice);
        Assert.Equal(Money.Of(4.10m), state.Ledger.Credit);
    }

    [Fact]
    public async Task GivenAPartPayment_WhenImported_ThenTheInvoiceStaysOpenWithLessOwed()
    {
        var kit = await PaymentKit.CreateAsync();
        var invoice = kit.Invoices[0];

        await kit.RunAsync(KtlFileBuilder.Bytes([new L("A1", PaymentKit.Reference(invoice), 1_000, Day)]));

        var state = Assert.IsType<OpenInvoice>(await kit.StateAsync(invoice));
        Assert.Equal(Money.Of(10.90m), state.Ledger.Principal);
    }

    [Fact]
    public async Task GivenUnknownMissingAndBadReferences_WhenImported_ThenAllGoToTheUnmatchedListWithReasons()
    {
        var kit = await PaymentKit.CreateAsync();

        var outcome = await kit.RunAsync(KtlFileBuilder.Bytes([new L("A1", "12345672", 500, Day), new L("A2", "0", 600, Day), new L("A3", "12345673", 700, Day)]));

        Assert.Equal(3, outcome.Report!.Unmatched);
        Assert.Equal(Money.Of(18m), outcome.Report.UnmatchedAmount);
        var list = await kit.UnmatchedAsync();
        Assert.Equal(["no invoice has this reference", "the payment has no reference", "the reference fails its check digit"], list.OrderBy(e => e.PaymentId, StringComparer.Ordinal).Select(e => e.Reason));
        Assert.All(list, e => Assert.True(e.IsOpen));
    }

    [Fact]
    public async Task GivenAPaymentToAnInvoiceAlreadyPaid_WhenImported_ThenItIsUnmatchedAsRefusedByTheClosedInvoice()
    {
        var kit = await PaymentKit.CreateAsync();
        var reference = PaymentKit.Reference(kit.Invoices[0]);

        var outcome = await kit.RunAsync(KtlFileBuilder.Bytes([new L("A1", reference, 2_090, Day), new L("A2", reference, 2_090, Day)]));

        Assert.Equal(1, outcome.Report!.Applied);
        var entry = Assert.Single(await kit.UnmatchedAsync());
        Assert.Equal("bank:A2", entry.PaymentId);
        Assert.StartsWith("the invoice refused it", entry.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GivenTheSameFileTwice_WhenImported_ThenTheSecondReadingAppliesAndListsNothing()
    {
        var kit = await PaymentKit.CreateAsync();
        var file = KtlFileBuilder.Bytes([new L("A1", PaymentKit.Reference(kit.Invoices[0]), 1_000, Day), new L("A2", "12345672", 500, Day)]);

        await kit.RunAsync(file);
        var again = (await kit.RunAsync(file)).Report!;

        Assert.Equal(0, again.Applied);
        Assert.Equal(0, again.Unmatched);
        Assert.Equal(2, again.Duplicates);
        Assert.Equal(again.FileTotal, again.DuplicateAmount);
        Assert.Equal(Money.Of(10.90m), (await kit.StateAsync(kit.Invoices[0])).Ledger.Principal);
        Assert.Single(await kit.UnmatchedAsync());
    }

    [Fact]
    public async Task GivenTheSamePaymentInBothFormats_WhenImported_ThenItIsRecordedOnce()
    {
        var kit = await PaymentKit.CreateAsync();
        var reference = PaymentKit.Reference(kit.Invoices[0]);

        await kit.RunAsync(KtlFileBuilder.Bytes([new L("ARCH0001", reference, 1_000, Day)]));
        var camt = (await kit.RunAsync(PaymentKit.Utf8(Camt("10.00", reference, "ARCH0001")), "camt.xml")).Report!;

        Assert.Equal(PaymentOutcomeKind.AlreadyApplied, Assert.Single(camt.Results).Kind);
    }

    [Fact]
    public async Task GivenAPaymentAndItsCorrectionInOneFile_WhenImported_ThenNeitherIsApplied()
    {
        var kit = await PaymentKit.CreateAsync();
        var reference = PaymentKit.Reference(kit.Invoices[0]);

        var report = (await kit.RunAsync(KtlFileBuilder.Bytes([new L("A1", reference, 2_090, Day), new L("A2", reference, 2_090, Day, Correction: true)]))).Report!;

        Assert.Equal(1, report.Cancelled);
        Assert.Equal(0, report.Applied);
        Assert.IsType<OpenInvoice>(await kit.StateAsync(kit.Invoices[0]));
        Assert.Empty(await kit.UnmatchedAsync());
    }

    [Fact]
    public async Task GivenAFileDeliveredAgainWithTheCorrectionOfAPaymentItAlreadyApplied_WhenImported_ThenTheCorrectionGoesToStaff()
    {
        var kit = await PaymentKit.CreateAsync();
        var reference = PaymentKit.Reference(kit.Invoices[0]);
        await kit.RunAsync(KtlFileBuilder.Bytes([new L("A1", reference, 2_090, Day)]));

        var report = (await kit.RunAsync(KtlFileBuilder.Bytes([new L("A1", reference, 2_090, Day), new L("A2", reference, 2_090, Day, Correction: true)]), "payments-v2.txt")).Report!;

        Assert.Equal(0, report.Cancelled);
        var entry = Assert.Single(await kit.UnmatchedAsync());
        Assert.True(entry.IsReversal);
        Assert.IsType<ClosedInvoice>(await kit.StateAsync(kit.Invoices[0]));
    }

    [Fact]
    public async Task GivenACorrectionOfAnEarlierDaysPayment_WhenImported_ThenItIsListedForStaffAndTheInvoiceKeepsThePayment()
    {
        var kit = await PaymentKit.CreateAsync();
        var reference = PaymentKit.Reference(kit.Invoices[0]);
        await kit.RunAsync(KtlFileBuilder.Bytes([new L("A1", reference, 2_090, Day)]));

        var report = (await kit.RunAsync(KtlFileBuilder.Bytes([new L("A2", reference, 2_090, Day, Correction: true)]))).Report!;

        Assert.Equal(Money.Of(-20.90m), report.UnmatchedAmount);
        var entry = Assert.Single(await kit.UnmatchedAsync());
        Assert.True(entry.IsReversal);
        Assert.IsType<ClosedInvoice>(await kit.StateAsync(kit.Invoices[0]));
    }

    [Fact]
    public async Task GivenBadTotals_WhenImported_ThenNothingIsAppliedAndTheRefusalNamesRecord9()
    {
        var kit = await PaymentKit.CreateAsync();

        var outcome = await kit.RunAsync(KtlFileBuilder.Bytes([new L("A1", PaymentKit.Reference(kit.Invoices[0]), 2_090, Day)], statedSumCents: 2_091));

        Assert.Null(outcome.Report);
        Assert.Equal("line 3 (record 9)", outcome.Refusal!.Location);
        Assert.IsType<OpenInvoice>(await kit.StateAsync(kit.Invoices[0]));
        Assert.Empty(await kit.UnmatchedAsync());
    }

    [Fact]
    public async Task GivenAnImportedPayment_ThenItIsAuditedAsTheSystem()
    {
        var kit = await PaymentKit.CreateAsync();

        await kit.RunAsync(KtlFileBuilder.Bytes([new L("A1", PaymentKit.Reference(kit.Invoices[0]), 2_090, Day)]));

        var records = new List<Audit.AuditRecord>();
        await foreach (var r in kit.Audit.QueryAsync(new Audit.AuditQuery(null, null, null, null), CancellationToken.None))
        {
            records.Add(r);
        }

        var record = Assert.Single(records);
        Assert.Equal("system", record.StaffId);
        Assert.Equal("applied", record.Outcome);
    }

    internal static string Camt(string amount, string reference, string acctSvcrRef) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.02"><BkToCstmrDbtCdtNtfctn>
          <GrpHdr><MsgId>M</MsgId><CreDtTm>2026-03-10T06:00:00</CreDtTm></GrpHdr>
          <Ntfctn><Id>1</Id><Acct><Id><IBAN>FI4950009420028730</IBAN></Id></Acct>
            <Ntry><Amt Ccy="EUR">{amount}</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts>
              <BookgDt><Dt>2026-03-10</Dt></BookgDt><ValDt><Dt>2026-03-09</Dt></ValDt><AcctSvcrRef>{acctSvcrRef}</AcctSvcrRef>
              <NtryDtls><TxDtls><AmtDtls><TxAmt><Amt Ccy="EUR">{amount}</Amt></TxAmt></AmtDtls>
                <RmtInf><Strd><CdtrRefInf><Ref>{reference}</Ref></CdtrRefInf></Strd></RmtInf></TxDtls></NtryDtls>
            </Ntry>
          </Ntfctn></BkToCstmrDbtCdtNtfctn></Document>
        """;
}
