namespace Asiakasmaksu.Domain.Billing;

/// <summary>
/// The file cannot be read as a billing file at all (empty, no header, a required column missing
/// or named twice, broken quoting, not UTF-8): nothing is imported. The message names the
/// problem, and the line and column when there is one, never a field's value.
/// </summary>
public sealed class BillingFileFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    public BillingFileFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception for a problem at <paramref name="lineNumber"/> (header = 1), in <paramref name="column"/> when known.</summary>
    public BillingFileFormatException(string message, int lineNumber, string? column)
        : base(message)
    {
        LineNumber = lineNumber;
        Column = column;
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

    /// <summary>Creates the exception with a cause, for a problem at <paramref name="lineNumber"/>.</summary>
    public BillingFileFormatException(string message, int lineNumber, Exception innerException)
        : base(message, innerException)
    {
        LineNumber = lineNumber;
    }

    /// <summary>The line the problem is on (header = 1), when there is one.</summary>
    public int? LineNumber { get; }

    /// <summary>The column at fault, when there is one.</summary>
    public string? Column { get; }
}
