namespace Asiakasmaksu.Application.Simulation;

/// <summary>Input a simulation cannot use at all (missing file, unreadable events line): the run stops with exit code 2.</summary>
public sealed class SimulationInputException : Exception
{
    /// <summary>Creates the exception with a one-line message.</summary>
    public SimulationInputException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public SimulationInputException()
    {
    }

    /// <summary>Creates the exception with a cause.</summary>
    public SimulationInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
