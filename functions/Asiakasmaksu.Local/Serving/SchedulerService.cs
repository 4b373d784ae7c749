using Asiakasmaksu.Application.Deferrals;
using Asiakasmaksu.Application.Invoices;
using Asiakasmaksu.Application.Outbox;
using Asiakasmaksu.Application.Time;

namespace Asiakasmaksu.Local.Serving;

/// <summary>
/// The local host's alarm clock (what the Durable orchestrations are in Azure): every pass it
/// advances the invoices whose wake-up day has come, expires undecided deferral requests and
/// delivers the outbox. It runs every PollSeconds and at once after a staff change.
/// </summary>
internal sealed partial class SchedulerService(
    AdvanceDueInvoices advance,
    DeferralApprovals deferrals,
    INoticeDispatcher dispatcher,
    LocalChangeSignal signal,
    TimeProvider clock,
    IConfiguration configuration,
    ILogger<SchedulerService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var pause = TimeSpan.FromSeconds(configuration.GetValue("Asiakasmaksu:Scheduler:PollSeconds", 30));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await PassAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogPassFailed(logger, e.GetType().Name);
            }

            try
            {
                await signal.WaitAsync(pause, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>One pass; also called by tests.</summary>
    public async Task PassAsync(CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var day = await advance.RunAsync(today, Environment.ProcessorCount * 2, cancellationToken).ConfigureAwait(false);
        var expired = await deferrals.ExpireAsync(today, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        var sent = await dispatcher.DispatchAsync(cancellationToken).ConfigureAwait(false);
        if (day.Woken > 0 || expired > 0 || sent.Count > 0)
        {
            LogPass(logger, today, day.Woken, day.Events, expired, sent.Count);
        }
    }

    [LoggerMessage(EventId = 10, Level = LogLevel.Information, Message = "Scheduler {Day}: {Woken} invoices woken, {Events} events, {Expired} deferral requests expired, {Sent} notices delivered")]
    private static partial void LogPass(ILogger logger, DateOnly day, int woken, int events, int expired, int sent);

    [LoggerMessage(EventId = 11, Level = LogLevel.Error, Message = "Scheduler pass failed with {ExceptionType}; retrying next pass")]
    private static partial void LogPassFailed(ILogger logger, string exceptionType);
}
