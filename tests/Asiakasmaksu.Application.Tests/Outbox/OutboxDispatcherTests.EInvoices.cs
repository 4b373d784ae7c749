using Asiakasmaksu.Adapters.Files;
using Asiakasmaksu.Application.Outbox;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.Notices;
using Asiakasmaksu.Rendering;

namespace Asiakasmaksu.Application.Tests.Outbox;

/// <summary>The e-invoice channel: invoices and reminders to an e-invoice address go out as Finvoice messages, once; other notices as before.</summary>
public partial class OutboxDispatcherTests
{
    private static readonly EInvoiceAddress EInvoiceAddress = new("FI7912345600000789", "NDEAFIHH");

    [Fact]
    public async Task GivenAnInvoiceToAnEInvoiceAddress_WhenDispatchedTwice_ThenOneFinvoiceMessageIsWrittenUnderTheNoticeIdAndNoEmail()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"einvoices-{Guid.NewGuid():N}");
        var emails = new RecordingEmailSender();
        var notice = EInvoiced(OutboxNotices.Invoice());
        await store.AddAsync(notice, Stored, default);
        var dispatcher = new OutboxDispatcher(store, new NoticeRenderer(IssuerProfile.Example), IssuerProfile.Example, emails, archive, clock, new DispatchOptions(ArchiveRendered: false), logger, new FolderEInvoiceSender(folder));

        try
        {
            var first = await dispatcher.DispatchAsync(default);
            var second = await dispatcher.DispatchAsync(default);

            var delivered = Assert.Single(first);
            Assert.Empty(second);
            Assert.Equal(OutboxDispatcher.EInvoiceChannel, delivered.Delivery.Channel);
            Assert.Empty(emails.Sent);
            var file = Assert.Single(Directory.GetFiles(folder));
            Assert.Equal($"{notice.Id}.xml", Path.GetFileName(file));
            Assert.Equal(file, delivered.Delivery.Location);
            Assert.Contains($"<MessageIdentifier>{notice.Id}</MessageIdentifier>", await File.ReadAllTextAsync(file));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task GivenADispatcherWithoutAnEInvoiceSender_WhenAnEInvoiceIsDelivered_ThenItIsKeptInTheArchivesEInvoicesFolder()
    {
        var notice = EInvoiced(OutboxNotices.Invoice());
        await store.AddAsync(notice, Stored, default);

        var delivered = Assert.Single(await Dispatcher(new RecordingEmailSender(), new DispatchOptions(ArchiveRendered: false)).DispatchAsync(default));

        Assert.Equal(OutboxDispatcher.EInvoiceChannel, delivered.Delivery.Channel);
        Assert.Equal($"memory/einvoices/{notice.Id}.xml", delivered.Delivery.Location);
    }

    [Theory]
    [InlineData(NoticeKind.CollectionLetter1)]
    [InlineData(NoticeKind.CollectionLetter2)]
    [InlineData(NoticeKind.DeferralConfirmation)]
    public void GivenANoticeTheLawKeepsOnPaper_WhenItsRecipientTakesEInvoices_ThenItGoesByEmailOrLetterAsBefore(NoticeKind kind)
    {
        var notice = EInvoiced(OutboxNotices.Invoice()) with { Kind = kind };

        Assert.False(Dispatcher(new RecordingEmailSender()).GoesByEInvoice(notice));
        Assert.True(OutboxDispatcher.CanEmail(notice));
    }

    [Fact]
    public void GivenAnIssuerWithoutAnEInvoiceOperator_ThenItsInvoicesToEInvoiceAddressesGoByEmailOrLetter()
    {
        var issuer = IssuerProfile.Example with { EInvoiceOperator = string.Empty };
        var dispatcher = new OutboxDispatcher(store, new NoticeRenderer(issuer), issuer, new RecordingEmailSender(), archive, clock, new DispatchOptions());

        Assert.False(dispatcher.GoesByEInvoice(EInvoiced(OutboxNotices.Invoice())));
        Assert.True(Dispatcher(new RecordingEmailSender()).GoesByEInvoice(EInvoiced(OutboxNotices.Invoice())));
    }

    private static Notice EInvoiced(Notice notice) => notice with { Recipient = notice.Recipient with { EInvoice = EInvoiceAddress }, InvoiceNumber = "1000009" };
}
