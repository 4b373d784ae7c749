using System.Security.Cryptography;
using System.Text;

namespace Asiakasmaksu.Adapters.Azurite;

/// <summary>
/// A cross-process lock around <c>npm ci</c> for one repository root: an exclusively opened file in the
/// temp folder (an advisory <c>flock</c> on Unix, a share-none handle on Windows), released when disposed
/// or when the holding process dies.
/// </summary>
internal static class InstallLock
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromMilliseconds(250);

    /// <summary>Waits until this process holds the lock for <paramref name="root"/>.</summary>
    public static async Task<IDisposable> AcquireAsync(string root, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var path = PathFor(root);
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(RetryDelay, cancellationToken).ConfigureAwait(false);
            }
            catch (IOException e)
            {
                throw new TimeoutException($"Another process held the npm install lock '{path}' for more than {timeout}.", e);
            }
        }
    }

    /// <summary>The lock file for a root: named by a hash of its full path so that different checkouts do not wait on each other.</summary>
    internal static string PathFor(string root)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(root)));
        return Path.Combine(Path.GetTempPath(), $"asiakasmaksu-npm-ci-{Convert.ToHexStringLower(hash.AsSpan(0, 8))}.lock");
    }
}
