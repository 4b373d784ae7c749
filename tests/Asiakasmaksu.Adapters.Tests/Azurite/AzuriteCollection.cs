namespace Asiakasmaksu.Adapters.Tests.Azurite;

/// <summary>Test classes marked <c>[Collection("Azurite")]</c> share one <see cref="AzuriteFixture"/>.</summary>
[CollectionDefinition("Azurite")]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Azurite";
}
