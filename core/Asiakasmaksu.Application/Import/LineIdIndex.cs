using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Asiakasmaksu.Application.Import;

/// <summary>
/// The (batch_id, line_id) pairs one file has used, to find a line id used twice in a batch within
/// the file. Keeps a 16-byte fingerprint of the pair (SHA-256, truncated) and 8 bytes of the
/// line's content hash: about 36 bytes a line, and no personal data.
/// </summary>
internal sealed class LineIdIndex
{
    private readonly Dictionary<UInt128, ulong> seen = [];

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

    /// <summary>Records the line and says how its line id stands.</summary>
    public Use Add(string batchId, string lineId, string contentHash)
    {
        var key = Fingerprint(batchId, lineId);
        var content = ulong.Parse(contentHash.AsSpan(0, 16), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
        if (seen.TryGetValue(key, out var earlier))
        {
            return earlier == content ? Use.SameContent : Use.OtherContent;
        }

        seen[key] = content;
        return Use.New;
    }

    private static UInt128 Fingerprint(string batchId, string lineId)
    {
        var text = $"{batchId}\u001F{lineId}";
        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        try
        {
            Span<byte> hash = stackalloc byte[32];
            SHA256.HashData(bytes.AsSpan(0, Encoding.UTF8.GetBytes(text, bytes)), hash);
            return BinaryPrimitives.ReadUInt128BigEndian(hash);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }
}
