namespace Asiakasmaksu.Application.Import;

/// <summary>
/// The billing file's content is not what the earlier slices of its import read (a new version was
/// uploaded under the same name while it was imported): the slice writes nothing. The new version
/// is an import of its own.
/// </summary>
public sealed class BillingFileChangedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public BillingFileChangedException()
        : base("the billing file changed while it was imported; its new version is imported on its own")
    {
    }

    /// <summary>Creates the exception with <paramref name="message"/>.</summary>
    public BillingFileChangedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with <paramref name="message"/> and its cause.</summary>
    public BillingFileChangedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
