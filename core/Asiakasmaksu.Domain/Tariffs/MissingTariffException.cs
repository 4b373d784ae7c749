namespace Asiakasmaksu.Domain.Tariffs;

/// <summary>A year, or a half-year's reference rate, has no configured tariff: never defaulted silently.</summary>
public sealed class MissingTariffException : Exception
{
    /// <summary>Creates the exception; the message names the year.</summary>
    public MissingTariffException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public MissingTariffException()
    {
    }

    /// <summary>Creates the exception with a cause.</summary>
    public MissingTariffException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
