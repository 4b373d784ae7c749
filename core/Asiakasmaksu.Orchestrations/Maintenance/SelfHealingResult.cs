namespace Asiakasmaksu.Orchestrations.Maintenance;

/// <summary>What one self-healing pass did.</summary>
/// <param name="InvoicesStarted">Invoice orchestrations started again.</param>
/// <param name="RequestsStarted">Deferral approvals started again.</param>
/// <param name="InstancesPurged">Ended instances whose history was purged.</param>
public sealed record SelfHealingResult(int InvoicesStarted, int RequestsStarted, int InstancesPurged);
