using Asiakasmaksu.Domain;
using Asiakasmaksu.Domain.Tariffs;
using Asiakasmaksu.Testing.Docs;

namespace Asiakasmaksu.Application.Tests.Docs;

/// <summary>docs/tariffs.md's example tariff file (<c>tariff-file</c>) is a file the tariff loader accepts, with the values it comments (issue 18).</summary>
public sealed class TariffsExampleTests
{
    [Fact]
    public void GivenThePagesTariffFile_WhenLoaded_ThenItIsAcceptedWithThe2026ValuesItShows()
    {
        var example = DocPages.Example("tariffs.md", "tariff-file");

        var book = TariffBookJson.Parse(example.Text);

        var tariff = book.For(2026);
        Assert.Equal((Money.Of(815m), (Money?)null, Money.Of(2.10m), Money.Of(14m), Money.Of(7m)), (tariff.Ceiling!.Value, tariff.ReducedDailyFee, tariff.ReminderFee, tariff.CollectionLetter1Fee, tariff.CollectionLetter2Fee));
        Assert.Equal(CollectionPeriods.Standard, tariff.Periods);
    }
}
