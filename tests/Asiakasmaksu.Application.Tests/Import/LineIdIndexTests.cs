using System.Globalization;
using Asiakasmaksu.Application.Import;
using CsCheck;

namespace Asiakasmaksu.Application.Tests.Import;

public class LineIdIndexTests
{
    private const string Content = "00000000000000aa";
    private const string OtherContent = "00000000000000bb";

    [Fact]
    public void ALineIdAgain_IsADuplicateWithTheSameContent_AndAConflictWithOther()
    {
        var index = new LineIdIndex();

        Assert.Equal(LineIdIndex.Use.New, index.Add("B1", "L1", Content));
        Assert.Equal(LineIdIndex.Use.SameContent, index.Add("B1", "L1", Content));
        Assert.Equal(LineIdIndex.Use.OtherContent, index.Add("B1", "L1", OtherContent));
        Assert.Equal(LineIdIndex.Use.New, index.Add("B2", "L1", OtherContent)); // another batch
        Assert.Equal(2, index.Count);
    }

    [Fact]
    public void Property_EveryPairIsFoundAgainAcrossTheShards_WithTheContentItWasFirstRecordedWith()
    {
        Gen.Int[1, 5_000].Select(Gen.Int[0, 3]).Sample((lines, batches) =>
        {
            var index = new LineIdIndex();
            var pairs = Enumerable.Range(0, lines).Select(i => ($"B{i % (batches + 1)}", $"L{i}", (i * 7919L).ToString("x16", CultureInfo.InvariantCulture))).ToList();

            Assert.All(pairs, p => Assert.Equal(LineIdIndex.Use.New, index.Add(p.Item1, p.Item2, p.Item3)));
            Assert.Equal(lines, index.Count);
            Assert.All(pairs, p => Assert.Equal(LineIdIndex.Use.SameContent, index.Add(p.Item1, p.Item2, p.Item3)));
            Assert.All(pairs, p => Assert.Equal(LineIdIndex.Use.OtherContent, index.Add(p.Item1, p.Item2, "ffffffffffffffff")));
            Assert.Equal(lines, index.Count);
        }, iter: 20);
    }
}
