namespace Asiakasmaksu.Domain.Tariffs;

/// <summary>The tariff configuration breaks the law or is unreadable; the message names the value.</summary>
public sealed class TariffConfigurationException : Exception
{
    /// <summary>Creates the exception with a message that names the offending value.</summary>
    public TariffConfigurationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a cause.</summary>
    public TariffConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception.</summary>
    public TariffConfigurationException()
    {
    }
}
