namespace Asiakasmaksu.StaffApi.Tests.Host;

/// <summary>Test classes marked <c>[Collection(StaffApiCollection.Name)]</c> share one <see cref="StaffApiFixture"/> and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class StaffApiCollection : ICollectionFixture<StaffApiFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "StaffApi";
}
