using Asiakasmaksu.Domain;
using Asiakasmaksu.Rendering.Templating;

namespace Asiakasmaksu.Rendering.Tests;

public class StringTableTests
{
    [Fact]
    public void GivenTheThreeLanguages_ThenTheirStringTablesHaveTheSameKeys()
    {
        var finnish = StringTable.For(Language.Fi).Keys.Order(StringComparer.Ordinal).ToList();

        Assert.Equal(finnish, StringTable.For(Language.Sv).Keys.Order(StringComparer.Ordinal));
        Assert.Equal(finnish, StringTable.For(Language.En).Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void GivenAnEntryWithPlaceholders_WhenFormatted_ThenEachIsFilledIn()
    {
        var text = StringTable.For(Language.Fi).Format("deferral.text", new Dictionary<string, string?> { ["due_date"] = "11.9.2017", ["previous_due_date"] = "11.8.2017" });

        Assert.Equal("Laskun eräpäivä on siirretty. Uusi eräpäivä on 11.9.2017 (aiempi eräpäivä 11.8.2017).", text);
    }

    [Fact]
    public void GivenAMissingKey_ThenItThrows() =>
        Assert.Throws<KeyNotFoundException>(() => StringTable.For(Language.Sv).Get("no.such.key"));
}
