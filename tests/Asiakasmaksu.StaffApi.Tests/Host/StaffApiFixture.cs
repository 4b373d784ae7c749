using Asiakasmaksu.Testing;
using Asiakasmaksu.Application.Audit;
using Asiakasmaksu.Application.Invoices;
using Asiakasmaksu.Application.Store;
using Asiakasmaksu.Application.Time;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.Notices;
using Asiakasmaksu.StaffApi.Loopback;
using Microsoft.Extensions.DependencyInjection;

namespace Asiakasmaksu.StaffApi.Tests.Host;

/// <summary>
/// One Azurite and one staff API host on Kestrel (free loopback port) shared by every test class
/// of the "StaffApi" collection, with a real HttpClient. The clock is a <see cref="ManualClock"/>
/// (it can be set back as well as forward, so each test sets the day it needs); the invoice store
/// is wrapped in a <see cref="RaceGate"/>. Each test seeds its own invoices under a fresh batch id.
/// </summary>
public sealed class StaffApiFixture : IAsyncLifetime
{
    /// <summary>The day most tests act on: three days after their invoices' date.</summary>
    public static readonly DateOnly Today = new(2026, 3, 5);

    /// <summary>The invoice date of seeded invoices (due 2026-03-19: 14 days + 3 bank days).</summary>
    public static readonly DateOnly InvoiceDate = new(2026, 3, 2);

    private LoopbackStaffApi? api;
    private RaceGate? gate;

    /// <summary>The clock the API reads.</summary>
    public ManualClock Clock { get; } = new(BusinessTime.StartOf(Today).AddHours(9));

    /// <summary>The running API.</summary>
    public LoopbackStaffApi Api => api ?? throw new InvalidOperationException("The API has not started.");

    /// <summary>The race gate around the invoice store.</summary>
    internal RaceGate Gate => gate ?? throw new InvalidOperationException("The API has not started.");

    /// <summary>A real HttpClient on the API's address.</summary>
    public HttpClient Http { get; private set; } = new();

    /// <summary>Starts Azurite and the host.</summary>
    public async Task InitializeAsync()
    {
        api = await LoopbackStaffApi.StartAsync(Clock, store => gate = new RaceGate(store));
        Http = new HttpClient { BaseAddress = api.Address, Timeout = TimeSpan.FromSeconds(60) };
    }

    /// <summary>Stops them.</summary>
    public async Task DisposeAsync()
    {
        Http.Dispose();
        if (api is not null)
        {
            await api.DisposeAsync();
        }
    }

    /// <summary>Sets the clock to 09:00 Helsinki time on <paramref name="day"/> (default <see cref="Today"/>).</summary>
    public void SetDay(DateOnly? day = null) => Clock.SetDay(day ?? Today, new TimeOnly(9, 0));

    /// <summary>A client acting with <paramref name="key"/> (null: no Authorization header).</summary>
    public StaffClient As(string? key) => new(Http, key);

    /// <summary>Seeds one invoice per client in a fresh batch dated <see cref="InvoiceDate"/>; returns their ids.</summary>
    public async Task<InvoiceId[]> SeedAsync(params string[] clients)
    {
        var batch = $"test-{Guid.NewGuid():N}";
        var invoices = (clients.Length == 0 ? ["client-1"] : clients).Select(c => SeedInvoices.New(batch, c, InvoiceDate, 40m, 20m)).ToArray();
        await Api.SeedAsync(invoices);
        return [.. invoices.Select(i => i.Id)];
    }

    /// <summary>The invoice as stored now.</summary>
    public async Task<StoredInvoice> StoredAsync(InvoiceId id) =>
        await Api.Invoices.LoadAsync(id, CancellationToken.None) ?? throw new InvalidOperationException($"No invoice {id}.");

    /// <summary>The notices to clients queued for <paramref name="id"/> (the outbox), in the order stored.</summary>
    public async Task<IReadOnlyList<Notice>> NoticesForAsync(InvoiceId id)
    {
        var notices = new List<Notice>();
        await foreach (var entry in Api.Outbox.PendingAsync(new DateTimeOffset(2100, 1, 1, 0, 0, 0, TimeSpan.Zero), 100_000, CancellationToken.None))
        {
            if (entry.Notice.InvoiceId == id)
            {
                notices.Add(entry.Notice);
            }
        }

        return notices;
    }

    /// <summary>The audit records of <paramref name="id"/>, oldest first.</summary>
    public async Task<IReadOnlyList<AuditRecord>> AuditOfAsync(InvoiceId id)
    {
        var records = new List<AuditRecord>();
        await foreach (var record in Api.Audit.QueryAsync(new AuditQuery(id.Value, null, null, null), CancellationToken.None))
        {
            records.Add(record);
        }

        return records;
    }

    /// <summary>Lets time reach <paramref name="day"/> for the invoice (the scheduler's step: overdue, reminder, letters) and sets the clock to that day.</summary>
    public async Task AdvanceAsync(InvoiceId id, DateOnly day)
    {
        SetDay(day);
        var workflow = Api.Services.GetRequiredService<InvoiceWorkflow>();
        var outcome = await workflow.ExecuteAsync(id, new InvoiceCommand.Advance(day), ConflictPolicy.Retry, CancellationToken.None);
        if (outcome is not CommandOutcome.Applied)
        {
            throw new InvalidOperationException($"Advancing {id} to {day} did nothing: {outcome.GetType().Name}.");
        }
    }

    /// <summary>Seeds one invoice for a fresh client; returns its id.</summary>
    public async Task<InvoiceId> SeedOneAsync() => (await SeedAsync($"client-{Guid.NewGuid():N}"[..20]))[0];
}
