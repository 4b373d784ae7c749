using Asiakasmaksu.Adapters.Azurite;

namespace Asiakasmaksu.Adapters.Tests.Azurite;

public sealed class ClosedParserTests
{
    [Fact]
    public void Completes_only_once_the_blob_queue_and_table_services_have_all_closed()
    {
        var parser = new ClosedParser();
        parser.OnLine("Azurite Blob service is closing...");
        parser.OnLine("Azurite Table service successfully closed");
        parser.OnLine("Azurite Table service successfully closed");
        parser.OnLine("Azurite Blob service successfully closed");
        Assert.False(parser.Closed.IsCompleted);

        parser.OnLine("Azurite Queue service successfully closed");
        Assert.True(parser.Closed.IsCompletedSuccessfully);
    }

    [Fact]
    public void A_service_that_is_only_closing_or_failed_to_close_does_not_count()
    {
        var parser = new ClosedParser();
        parser.OnLine("Azurite Blob service successfully closed");
        parser.OnLine("Azurite Table service successfully closed");
        parser.OnLine("Azurite Queue service is closing... Critical error happens during GC.");
        parser.OnLine("Shutdown close failed in status closing: boom");

        Assert.False(parser.Closed.IsCompleted);
    }
}
