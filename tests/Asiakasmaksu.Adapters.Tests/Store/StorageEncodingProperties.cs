using System.Text;
using Asiakasmaksu.Adapters.AzureStorage;
using Azure;
using Azure.Data.Tables;
using CsCheck;

namespace Asiakasmaksu.Adapters.Tests.Store;

/// <summary>The Azure store's encodings, without Azurite: keys, long JSON, tokens.</summary>
public sealed class StorageEncodingProperties
{
    private static readonly Gen<string> AnyText = Gen.Char.Array[0, 40].Select(chars => new string(chars));

    [Fact]
    public void EscapedKeys_HoldOnlyAllowedCharactersAndNeverTheSeparator() => AnyText.Sample(text =>
    {
        var key = StorageKeys.Escape(text);

        Assert.All(key, c => Assert.True(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~', $"'{c}' in a key"));
    }, iter: 2000);

    [Fact]
    public void EscapingKeys_NeverMakesTwoTextsOne() => Gen.Select(AnyText, AnyText).Sample((a, b) =>
        Assert.Equal(a == b, StorageKeys.Escape(a) == StorageKeys.Escape(b)), iter: 2000);

    [Fact]
    public void EscapingAnInvoiceId_ChangesNothing() =>
        Assert.Equal("k3jqz7ma-5ee2ytd4bn3wq6rf", StorageKeys.Escape("k3jqz7ma-5ee2ytd4bn3wq6rf"));

    [Fact]
    public void LongJson_SplitsIntoValidChunksThatJoinBack() => Gen.Select(Gen.Int[0, 1_000_000], Gen.Int[2, 9]).Sample((length, every) =>
    {
        var text = Text(length, every);
        var row = new TableEntity("p", "n|id|x");

        var overflow = Payload.Put(row, "J", text, "id");

        var chunks = overflow.Count == 0
            ? [row.GetString("J0")!]
            : overflow.SelectMany(r => Enumerable.Range(0, r.GetInt32("JN")!.Value).Select(i => r.GetString($"J{i}")!)).ToList();
        Assert.Equal(text, string.Concat(chunks));
        Assert.Equal(text.Length <= Payload.InlineChars, overflow.Count == 0);
        Assert.All(chunks, c => Assert.True(c.Length <= Payload.ChunkChars && (c.Length == 0 || !char.IsHighSurrogate(c[^1]))));
        Assert.All(overflow, r => Assert.InRange(r.GetInt32("JN")!.Value, 1, Payload.ChunksPerRow));
        Assert.Equal(overflow.Count, row.GetInt32("JXN") ?? 0);
    }, iter: 60);

    [Fact]
    public void Tokens_ReadBackAsWritten()
    {
        var token = new StoreToken(12, 7, new DateOnly(2026, 4, 8), new ETag("W/\"datetime'2026-03-02T08%3A00%3A00.1234567Z'\""));
        var noWakeUp = token with { WakeUp = null };
        var namedEntry = token with { WakeSeq = 9 };

        Assert.Equal(token, StoreToken.Parse(token.ToString()));
        Assert.Equal(noWakeUp, StoreToken.Parse(noWakeUp.ToString()));
        Assert.Equal(namedEntry, StoreToken.Parse(namedEntry.ToString()));
        Assert.Equal(9, StoreToken.Parse(namedEntry.ToString())!.WakeSeq);
        Assert.Null(StoreToken.Parse("3.1"));
        Assert.Null(StoreToken.Parse("in-memory token"));
    }

    /// <summary>Text of <paramref name="length"/> UTF-16 units with a surrogate pair every <paramref name="every"/> characters, so chunk ends hit them.</summary>
    private static string Text(int length, int every)
    {
        var text = new StringBuilder(length + 1);
        while (text.Length < length)
        {
            if (text.Length % every == 0 && text.Length + 2 <= length)
            {
                text.Append("\U0001F600");
            }
            else
            {
                text.Append(text.Length % 3 == 0 ? '"' : 'ä');
            }
        }

        return text.ToString();
    }
}
