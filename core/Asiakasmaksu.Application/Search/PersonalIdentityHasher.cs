using System.Security.Cryptography;
using System.Text;
using Asiakasmaksu.Domain.FreeText;
using Asiakasmaksu.Domain.References;

namespace Asiakasmaksu.Application.Search;

/// <summary>
/// The keyed hash (HMAC-SHA256) a henkilötunnus is indexed and looked up by: the index holds only
/// this hash, never the code. The key comes from configuration (at least 32 bytes, e.g. a Key Vault
/// secret); without the key the hashes cannot be recomputed from the codes, so the index tells
/// nothing to someone who reads it. Changing the key makes the index unusable until files are
/// imported again.
/// </summary>
public sealed class PersonalIdentityHasher
{
    /// <summary>The shortest key accepted, in bytes.</summary>
    public const int MinKeyBytes = 32;

    private readonly byte[] key;

    /// <summary>A hasher with <paramref name="key"/>.</summary>
    public PersonalIdentityHasher(byte[] key)
    {
        ArgumentNullException.ThrowIfNull(key);
        this.key = key.Length >= MinKeyBytes ? [.. key] : throw new ArgumentException($"The key must be at least {MinKeyBytes} bytes.", nameof(key));
    }

    /// <summary>
    /// The code in <paramref name="text"/> in its one written form (folded: any dash as '-',
    /// fullwidth digits as ASCII, spaces and invisible characters dropped, upper case), when it is a
    /// valid henkilötunnus; null otherwise.
    /// </summary>
    public static string? Canonical(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = MatchingText.Fold(text).Replace(" ", string.Empty, StringComparison.Ordinal);
        return PersonalIdentityCode.IsValid(folded) ? folded : null;
    }

    /// <summary>The hash of <paramref name="canonicalCode"/> (see <see cref="Canonical"/>), as lower-case hex.</summary>
    public string Hash(string canonicalCode)
    {
        ArgumentNullException.ThrowIfNull(canonicalCode);
        return Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(canonicalCode)));
    }
}
