namespace Asiakasmaksu.Application.Simulation;

/// <summary>How far a simulation has come.</summary>
/// <param name="Day">The day just finished.</param>
/// <param name="DaysDone">Days done.</param>
/// <param name="DaysTotal">Days in all.</param>
/// <param name="Notices">Notices delivered so far.</param>
public sealed record SimulationProgress(DateOnly Day, int DaysDone, int DaysTotal, int Notices);
