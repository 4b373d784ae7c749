namespace Asiakasmaksu.StaffWeb.Tests;

/// <summary>The browser tests share one <see cref="StaffWebHost"/> (one serve, one Chromium) and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<StaffWebHost>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "browser";
}
