namespace Asiakasmaksu.Orchestrations.Tests.Engine;

/// <summary>The tests that run orchestrations on the in-process engine over one Azurite (one at a time: each starts its own engine).</summary>
[CollectionDefinition(Name)]
public sealed class EngineCollection : ICollectionFixture<AzuriteFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Engine";
}
