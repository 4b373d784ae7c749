namespace Asiakasmaksu.Domain.Billing;

/// <summary>The file cannot be read as a billing file at all (no header, a required column missing): nothing is imported.</summary>
public sealed class BillingFileFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    public BillingFileFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public BillingFileFormatException()
    {
    }

    /// <summary>Creates the exception with a cause.</summary>
    public BillingFileFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
