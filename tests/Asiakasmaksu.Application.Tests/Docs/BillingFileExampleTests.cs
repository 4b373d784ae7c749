using Asiakasmaksu.Domain;
using Asiakasmaksu.Domain.References;
using Asiakasmaksu.Testing.Docs;

namespace Asiakasmaksu.Application.Tests.Docs;

/// <summary>docs/billing-file.md "Example": the file the page shows is imported, and every value the page names is what the import made (issue 18).</summary>
public sealed class BillingFileExampleTests
{
    [Fact]
    public async Task GivenThePagesExampleFile_WhenImported_ThenEightInvoicesAndLine11RejectedForItsDecimals()
    {
        var imported = await DocumentedBillingFile.ImportAsync();

        Assert.Equal((10, 9, 1, 8), (imported.Report.Lines, imported.Report.Accepted, imported.Report.Rejected, imported.Report.InvoicesCreated));
        var rejected = Assert.Single(imported.Rejections);
        Assert.Equal((11, "amount", "more than 2 decimals", "C-1009"), (rejected.LineNumber, rejected.Column, rejected.Reason, rejected.ClientId));
        Mentions("Ten data lines give eight invoices");
        Mentions("Line 11 (`H-008`) is rejected: `amount`, more than 2\ndecimals");
        Assert.All(imported.Invoices, i => Assert.Equal((new DateOnly(2026, 1, 30), new DateOnly(2026, 2, 18)), (i.State.Facts.InvoiceDate, i.State.DueDate)));
    }

    [Fact]
    public async Task GivenThePagesExampleFile_WhenImported_ThenTheNamedIdsReferencesAndAmountsAreTheImports()
    {
        var imported = await DocumentedBillingFile.ImportAsync();
        var aino = imported.Of("C-1001").State;
        var bertil = imported.Of("C-1002").State;
        var emma = imported.Of("C-1003").State;

        Assert.Equal(Money.Of(148.40m), aino.Facts.Amount);
        Assert.Equal(12m, aino.Facts.Lines[0].Quantity);
        Assert.Equal(Money.Of(10m), aino.Facts.Lines[0].UnitPrice);
        Assert.Null(aino.Facts.Lines[1].Quantity);
        Mentions($"its id is `{aino.Facts.Id}` (`2026-01-HOME` + `C-1001`)");
        Mentions($"national reference `{aino.Facts.Reference}`");
        Mentions($"RF reference `{InvoiceReferences.CreditorFor(aino.Facts.Id)}`");
        Assert.Equal(Money.Of(815m), bertil.Facts.Amount);
        Assert.Equal(Money.Of(850m), bertil.Facts.Lines.Single().ListAmount);
        Mentions($"reference\n`{bertil.Facts.Reference}`");
        Assert.True(emma.Facts.Recipient.OnBehalfOfClient);
        Assert.Equal("Erik Edunvalvoja", emma.Facts.Recipient.Address.Name);
    }

    private static void Mentions(string text) =>
        Assert.True(DocPages.Text("billing-file.md").ReplaceLineEndings("\n").Contains(text, StringComparison.Ordinal), $"docs/billing-file.md does not say: {text}");
}
