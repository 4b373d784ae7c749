using Asiakasmaksu.Adapters.Azurite;

namespace Asiakasmaksu.Adapters.Tests.Azurite;

/// <summary>One owner per Azurite data folder: a second claimant is refused and finds the owner's Azurite instead; released on dispose.</summary>
public sealed class DataFolderOwnerTests
{
    [Fact]
    public void GivenAClaimedFolder_WhenClaimedAgain_ThenRefusedAndTheOwnersConnectionStringIsFound_UntilReleased()
    {
        var folder = Directory.CreateTempSubdirectory("asiakasmaksu-owner-test-").FullName;
        try
        {
            var owner = DataFolderOwner.TryClaim(folder);
            Assert.NotNull(owner);
            Assert.Null(DataFolderOwner.RunningConnectionString(folder));

            owner.Publish("UseDevelopmentStorage=true");
            Assert.Null(DataFolderOwner.TryClaim(folder));
            Assert.Equal("UseDevelopmentStorage=true", DataFolderOwner.RunningConnectionString(folder));

            owner.Dispose();
            Assert.Null(DataFolderOwner.RunningConnectionString(folder));
            using var next = DataFolderOwner.TryClaim(folder);
            Assert.NotNull(next);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
