using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Asiakasmaksu.Application.Import;

/// <summary>
/// The (batch_id, line_id) pairs one file has used, to find a line id used twice in a batch within
/// the file. Keeps a 16-byte fingerprint of the pair (SHA-256, truncated) and 8 bytes of the
/// line's content hash, and no personal data. The table is split in <see cref="ShardCount"/>
/// shards by the fingerprint's first byte, each growing on its own, so no table ever holds its
/// old and doubled arrays for the whole index at once; and the shards start on four different
/// capacities, so that they do not all double at the same line count either. Measured: 50–57 bytes
/// a line from 100 000 to 1 200 000 lines (52 MB at a million). The first version, one table keyed
/// by <see cref="UInt128"/> (48-byte entries), took 60–104 bytes a line (73 MB at a million, and
/// 107 MB for a moment while it grew at 672 827 lines).
/// </summary>
internal sealed class LineIdIndex
{
    /// <summary>Shards (the fingerprint's first byte picks one).</summary>
    public const int ShardCount = 256;

    /// <summary>
    /// The shards' starting capacities. A dictionary grows through the runtime's table of primes,
    /// each about double the last; from these four it climbs four ladders whose steps fall about a
    /// quarter of a doubling apart (…4 049, 4 861, 5 839, 7 013, 8 419…). Should the runtime's
    /// growth change, the index stays correct and only grows less evenly.
    /// </summary>
    private static readonly int[] StartingCapacities = [3, 11, 29, 71];

    private readonly Dictionary<Fingerprint, ulong>[] shards = [.. Enumerable.Range(0, ShardCount).Select(i => new Dictionary<Fingerprint, ulong>(StartingCapacities[i % StartingCapacities.Length]))];

    /// <summary>How a line's (batch_id, line_id) stands against the lines before it.</summary>
    public enum Use
    {
        /// <summary>Not used before in this file.</summary>
        New,

        /// <summary>Used before with the same content: a duplicate.</summary>
        SameContent,

        /// <summary>Used before with other content.</summary>
        OtherContent,
    }

    /// <summary>Pairs recorded.</summary>
    public int Count => shards.Sum(s => s.Count);

    /// <summary>Records the line and says how its line id stands.</summary>
    public Use Add(string batchId, string lineId, string contentHash)
    {
        var key = Fingerprint.Of(batchId, lineId);
        var content = ulong.Parse(contentHash.AsSpan(0, 16), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
        var shard = shards[key.High >> 56];
        if (shard.TryGetValue(key, out var earlier))
        {
            return earlier == content ? Use.SameContent : Use.OtherContent;
        }

        shard[key] = content;
        return Use.New;
    }

    /// <summary>The first 16 bytes of the SHA-256 of "batch_id US line_id", as two 8-byte halves (so that a table entry takes 32 bytes).</summary>
    private readonly record struct Fingerprint(ulong High, ulong Low)
    {
        public static Fingerprint Of(string batchId, string lineId)
        {
            var text = $"{batchId}\u001F{lineId}";
            var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
            try
            {
                Span<byte> hash = stackalloc byte[32];
                SHA256.HashData(bytes.AsSpan(0, Encoding.UTF8.GetBytes(text, bytes)), hash);
                return new Fingerprint(BinaryPrimitives.ReadUInt64BigEndian(hash), BinaryPrimitives.ReadUInt64BigEndian(hash[8..]));
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(bytes);
            }
        }

        /// <summary>The halves are already uniformly spread (SHA-256): the low one is the hash.</summary>
        public override int GetHashCode() => (int)Low;
    }
}
