namespace Asiakasmaksu.Application.Simulation;

/// <summary>How far a simulation has come.</summary>
/// <param name="Phase">What it is doing: "import FILE" or "simulate".</param>
/// <param name="Day">The day just finished (the run's first day while importing).</param>
/// <param name="Done">Lines imported, or days done.</param>
/// <param name="Total">Lines in the file when known, or days in all; 0 when unknown.</param>
/// <param name="Notices">Notices delivered so far.</param>
public sealed record SimulationProgress(string Phase, DateOnly Day, int Done, int Total, int Notices);
