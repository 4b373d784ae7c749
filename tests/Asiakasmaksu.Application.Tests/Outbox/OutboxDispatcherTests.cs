using System.Text;
using Asiakasmaksu.Adapters.Files;
using Asiakasmaksu.Adapters.InMemory;
using Asiakasmaksu.Application.Outbox;
using Asiakasmaksu.Application.Time;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.Notices;
using Asiakasmaksu.Rendering;

namespace Asiakasmaksu.Application.Tests.Outbox;

public partial class OutboxDispatcherTests
{
    private static readonly DateTimeOffset Stored = new(2017, 7, 25, 15, 0, 0, TimeSpan.Zero);

    private readonly InMemoryStore store = new();
    private readonly ManualClock clock = new(Stored);
    private readonly MemoryArchive archive = new();
    private readonly CapturingLogger<OutboxDispatcher> logger = new();

    [Fact]
    public async Task GivenAPendingNotice_WhenDispatchedTwice_ThenItIsEmailedOnceAndMarkedSent()
    {
        var sender = new RecordingEmailSender();
        await store.AddAsync(OutboxNotices.Invoice(), Stored, default);
        var dispatcher = Dispatcher(sender);

        var first = await dispatcher.DispatchAsync(default);
        var second = await dispatcher.DispatchAsync(default);

        var delivered = Assert.Single(first);
        Assert.Empty(second);
        Assert.Equal(OutboxDispatcher.EmailChannel, delivered.Delivery.Channel);
        var email = Assert.Single(sender.Sent);
        Assert.Equal("k3jqz7ma-5ee2ytd4bn3wq6rf-0001", email.NoticeId);
        Assert.Equal(OutboxNotices.ClientEmail, email.ToAddress);
        Assert.Equal(OutboxNotices.ClientName, email.ToName);
        Assert.Equal(IssuerProfile.Example.EmailFromAddress, email.FromAddress);
        Assert.Equal("Lasku 25.7.2017 – Esimerkkilän hyvinvointialue", email.Subject);
        Assert.Contains("421123456000007850000459000000000000000012345672170811", email.Text);
        Assert.Contains("421123456000007850000459000000000000000012345672170811", email.Html);
        Assert.Equal(delivered.Delivery, await store.DeliveryOfAsync(email.NoticeId, default));
    }

    [Fact]
    public async Task GivenASenderFailingTwice_WhenDispatchedOverTime_ThenRetriedAfter1And2MinutesAndSentExactlyOnce()
    {
        var sender = new RecordingEmailSender(failures: 2);
        await store.AddAsync(OutboxNotices.Invoice(), Stored, default);
        var dispatcher = Dispatcher(sender);

        Assert.Empty(await dispatcher.DispatchAsync(default));
        var failed = Assert.Single(await Pending(Stored.AddMinutes(1)));
        Assert.Equal(1, failed.Attempts);
        Assert.Equal(Stored.AddMinutes(1), failed.NextAttemptAt);
        Assert.Equal("HttpRequestException 503", failed.LastError);

        clock.Set(Stored.AddSeconds(59));
        Assert.Empty(await dispatcher.DispatchAsync(default));
        Assert.Equal(1, sender.Calls);

        clock.Set(Stored.AddMinutes(1));
        Assert.Empty(await dispatcher.DispatchAsync(default));
        Assert.Equal(Stored.AddMinutes(3), Assert.Single(await Pending(Stored.AddMinutes(3))).NextAttemptAt);

        clock.Set(Stored.AddMinutes(3));
        Assert.Single(await dispatcher.DispatchAsync(default));
        clock.Set(Stored.AddHours(5));
        Assert.Empty(await dispatcher.DispatchAsync(default));

        Assert.Equal(3, sender.Calls);
        Assert.Single(sender.Sent);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 4)]
    [InlineData(8, 128)]
    [InlineData(9, 240)]
    [InlineData(50, 240)]
    public void GivenFailedAttempts_ThenThePauseDoublesUpToTheCap(int failedAttempts, double minutes) =>
        Assert.Equal(TimeSpan.FromMinutes(minutes), OutboxDispatcher.Backoff(failedAttempts, 240));

    [Fact]
    public async Task GivenARetriedStepAddingTheSameNoticeAgain_WhenDispatched_ThenItIsSentOnce()
    {
        var sender = new RecordingEmailSender();
        var dispatcher = Dispatcher(sender);
        await store.AddAsync(OutboxNotices.Invoice(), Stored, default);
        await store.AddAsync(OutboxNotices.Invoice(), Stored, default);
        await dispatcher.DispatchAsync(default);

        await store.AddAsync(OutboxNotices.Invoice(), Stored.AddMinutes(5), default);
        clock.Set(Stored.AddMinutes(10));
        await dispatcher.DispatchAsync(default);

        Assert.Single(sender.Sent);
    }

    [Fact]
    public async Task GivenARecipientWithoutEmail_WhenDispatched_ThenAPdfLetterIsStoredForPrintingAndNothingIsEmailed()
    {
        var sender = new RecordingEmailSender();
        await store.AddAsync(OutboxNotices.Invoice(email: null), Stored, default);

        var delivered = Assert.Single(await Dispatcher(sender).DispatchAsync(default));

        Assert.Empty(sender.Sent);
        Assert.Equal(OutboxDispatcher.LetterChannel, delivered.Delivery.Channel);
        Assert.Equal("memory/letters/2017/07/k3jqz7ma-5ee2ytd4bn3wq6rf-0001.pdf", delivered.Delivery.Location);
        var (content, contentType) = archive.Stored["letters/2017/07/k3jqz7ma-5ee2ytd4bn3wq6rf-0001.pdf"];
        Assert.Equal("application/pdf", contentType);
        Assert.Equal("%PDF", Encoding.ASCII.GetString(content, 0, 4));
    }

    [Fact]
    public async Task GivenHtmlLetters_WhenARecipientHasNoEmail_ThenThePrintableHtmlIsStored()
    {
        await store.AddAsync(OutboxNotices.Invoice(email: " "), Stored, default);

        await Dispatcher(new RecordingEmailSender(), new DispatchOptions(LetterFormat: LetterFormat.Html)).DispatchAsync(default);

        var (content, contentType) = archive.Stored["letters/2017/07/k3jqz7ma-5ee2ytd4bn3wq6rf-0001.html"];
        Assert.Equal("text/html; charset=utf-8", contentType);
        var html = Encoding.UTF8.GetString(content);
        Assert.Contains("<div class=\"window\">Maija Meikäläinen<br>Esimerkkikatu 1 A 2<br>00100 Helsinki</div>", html);
    }

    [Fact]
    public async Task GivenAMalformedEmailAddress_WhenDispatched_ThenALetterIsMadeInstead()
    {
        var sender = new RecordingEmailSender();
        await store.AddAsync(OutboxNotices.Invoice(email: "maija at example"), Stored, default);

        var delivered = Assert.Single(await Dispatcher(sender).DispatchAsync(default));

        Assert.Equal(OutboxDispatcher.LetterChannel, delivered.Delivery.Channel);
        Assert.Empty(sender.Sent);
    }

    [Fact]
    public async Task GivenAnEmailedNotice_WhenArchivingIsOn_ThenItsHtmlIsKeptAndIsWhereTheDeliveryPoints()
    {
        await store.AddAsync(OutboxNotices.Invoice(), Stored, default);

        var delivered = Assert.Single(await Dispatcher(new RecordingEmailSender()).DispatchAsync(default));

        Assert.Equal("memory/email/2017/07/k3jqz7ma-5ee2ytd4bn3wq6rf-0001.html", delivered.Delivery.Location);
        Assert.Equal("text/html; charset=utf-8", archive.Stored["email/2017/07/k3jqz7ma-5ee2ytd4bn3wq6rf-0001.html"].ContentType);
    }

    [Fact]
    public async Task GivenManyNotices_WhenDispatchedInParallel_ThenEachIsSentExactlyOnceInStoredOrder()
    {
        var sender = new RecordingEmailSender();
        var ids = Enumerable.Range(1, 40).Select(i => $"k3jqz7ma-5ee2ytd4bn3wq6rf-{i:D4}").ToList();
        foreach (var (id, i) in ids.Select((id, i) => (id, i)))
        {
            await store.AddAsync(OutboxNotices.Invoice(id, email: i % 3 == 0 ? null : OutboxNotices.ClientEmail), Stored.AddSeconds(i), default);
        }

        clock.Set(Stored.AddMinutes(1));
        var delivered = await Dispatcher(sender, new DispatchOptions(Parallelism: 4, LetterFormat: LetterFormat.Html)).DispatchAsync(default);

        Assert.Equal(ids, delivered.Select(d => d.Notice.Id));
        Assert.Equal(ids.Where((_, i) => i % 3 != 0).Order(StringComparer.Ordinal), sender.Sent.Select(e => e.NoticeId).Order(StringComparer.Ordinal));
        Assert.Equal(ids.Count - sender.Sent.Count, archive.Stored.Keys.Count(k => k.StartsWith("letters/", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task GivenAPassLimit_WhenMoreArePending_ThenTheRestWaitForTheNextPass()
    {
        for (var i = 1; i <= 5; i++)
        {
            await store.AddAsync(OutboxNotices.Invoice($"n-{i}"), Stored.AddSeconds(i), default);
        }

        clock.Set(Stored.AddMinutes(1));
        var dispatcher = Dispatcher(new RecordingEmailSender(), new DispatchOptions(MaxPerPass: 3));

        Assert.Equal(["n-1", "n-2", "n-3"], (await dispatcher.DispatchAsync(default)).Select(d => d.Notice.Id));
        Assert.Equal(["n-4", "n-5"], (await dispatcher.DispatchAsync(default)).Select(d => d.Notice.Id));
    }

    [Fact]
    public async Task GivenDeliveriesAndFailures_ThenTheLogsCarryNoNameNorAddress()
    {
        await store.AddAsync(OutboxNotices.Invoice("n-1"), Stored, default);
        await store.AddAsync(OutboxNotices.Invoice("n-2", email: null), Stored, default);

        await Dispatcher(new RecordingEmailSender(failures: 1)).DispatchAsync(default);

        Assert.NotEmpty(logger.Messages);
        Assert.Contains(logger.Messages, m => m.Contains("n-1", StringComparison.Ordinal) && m.Contains("failed", StringComparison.Ordinal));
        Assert.All(logger.Messages, m =>
        {
            Assert.DoesNotContain("Maija", m);
            Assert.DoesNotContain("Meikäläinen", m);
            Assert.DoesNotContain(OutboxNotices.ClientEmail, m);
            Assert.DoesNotContain("Esimerkkikatu", m);
        });
    }

    [Fact]
    public async Task GivenTheEmlFolderSender_WhenMarkingSentKeepsFailing_ThenTheNoticeWaitsForItsClaimAndTheRetryWritesNoSecondMessage()
    {
        var folder = Directory.CreateTempSubdirectory("outbox-eml-").FullName;
        try
        {
            var flaky = new FlakyMarkingOutbox(store, failures: OutboxDispatcher.MarkAttempts);
            await store.AddAsync(OutboxNotices.Invoice(), Stored, default);
            var dispatcher = new OutboxDispatcher(flaky, new NoticeRenderer(IssuerProfile.Example), IssuerProfile.Example, new EmlFolderSender(folder), archive, clock, new DispatchOptions(ArchiveRendered: false), logger);

            Assert.Empty(await dispatcher.DispatchAsync(default));
            var written = File.ReadAllBytes(Path.Combine(folder, "k3jqz7ma-5ee2ytd4bn3wq6rf-0001.eml"));
            clock.Set(Stored.AddMinutes(1));
            Assert.Empty(await dispatcher.DispatchAsync(default));
            clock.Set(Stored + OutboxDispatcher.ClaimLease);
            var delivered = Assert.Single(await dispatcher.DispatchAsync(default));

            Assert.Single(Directory.GetFiles(folder));
            Assert.Equal(written, File.ReadAllBytes(Path.Combine(folder, "k3jqz7ma-5ee2ytd4bn3wq6rf-0001.eml")));
            Assert.Equal(Path.Combine(folder, "k3jqz7ma-5ee2ytd4bn3wq6rf-0001.eml"), delivered.Delivery.Location);
            Assert.Contains(logger.Messages, m => m.Contains("could not be marked sent", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task GivenMarkingSentFailsOnce_WhenDispatched_ThenTheMarkIsTriedAgainAtOnceAndTheNoticeIsDelivered()
    {
        var sender = new RecordingEmailSender();
        await store.AddAsync(OutboxNotices.Invoice(), Stored, default);
        var dispatcher = new OutboxDispatcher(new FlakyMarkingOutbox(store, failures: 1), new NoticeRenderer(IssuerProfile.Example), IssuerProfile.Example, sender, archive, clock, new DispatchOptions());

        Assert.Single(await dispatcher.DispatchAsync(default));

        Assert.Single(sender.Sent);
        Assert.NotNull(await store.DeliveryOfAsync("k3jqz7ma-5ee2ytd4bn3wq6rf-0001", default));
    }

    private OutboxDispatcher Dispatcher(IEmailSender sender, DispatchOptions? options = null, INoticeArchive? archiveOverride = null) =>
        new(store, new NoticeRenderer(IssuerProfile.Example), IssuerProfile.Example, sender, archiveOverride ?? archive, clock, options ?? new DispatchOptions(), logger);

    private async Task<List<OutboxEntry>> Pending(DateTimeOffset at)
    {
        var entries = new List<OutboxEntry>();
        await foreach (var entry in store.PendingAsync(at, 100, default))
        {
            entries.Add(entry);
        }

        return entries;
    }

    /// <summary>An outbox whose first <paramref name="failures"/> MarkSentAsync calls fail, as when the store is briefly unreachable right after a send.</summary>
    private sealed class FlakyMarkingOutbox(IOutboxStore inner, int failures) : IOutboxStore
    {
        private int marks;

        public Task AddAsync(Notice notice, DateTimeOffset at, CancellationToken cancellationToken) => inner.AddAsync(notice, at, cancellationToken);

        public IAsyncEnumerable<OutboxEntry> PendingAsync(DateTimeOffset now, int max, CancellationToken cancellationToken) => inner.PendingAsync(now, max, cancellationToken);

        public IAsyncEnumerable<OutboxEntry> PendingForInvoiceAsync(InvoiceId invoiceId, DateTimeOffset now, CancellationToken cancellationToken) => inner.PendingForInvoiceAsync(invoiceId, now, cancellationToken);

        public Task<OutboxClaim?> ClaimAsync(string noticeId, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken) => inner.ClaimAsync(noticeId, now, lease, cancellationToken);

        public Task<OutboxClaim?> ClaimHeldAsync(Notice stored, NoticeHold hold, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken) => inner.ClaimHeldAsync(stored, hold, now, lease, cancellationToken);

        public Task<bool> MarkSentAsync(OutboxClaim claim, NoticeDelivery delivery, CancellationToken cancellationToken) =>
            Interlocked.Increment(ref marks) <= failures ? throw new IOException("store unreachable") : inner.MarkSentAsync(claim, delivery, cancellationToken);

        public Task<bool> MarkFailedAsync(OutboxClaim claim, int attempts, DateTimeOffset nextAttemptAt, string error, CancellationToken cancellationToken) =>
            inner.MarkFailedAsync(claim, attempts, nextAttemptAt, error, cancellationToken);

        public Task<NoticeDelivery?> DeliveryOfAsync(string noticeId, CancellationToken cancellationToken) => inner.DeliveryOfAsync(noticeId, cancellationToken);
    }
}
