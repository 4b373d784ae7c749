using Microsoft.DurableTask;

namespace Asiakasmaksu.Benchmarks.Durable;

/// <summary>
/// The bare engine's orchestration, what an invoice's alarm clock is without the invoice: one no-op
/// activity, a timer until the instant it is given (or an event), then it continues as new sleeping
/// for a year. Its input is the instant to wake at.
/// </summary>
internal sealed class MinimalOrchestrator : TaskOrchestrator<DateTimeOffset, string>
{
    public override async Task<string> RunAsync(TaskOrchestrationContext context, DateTimeOffset input)
    {
        await context.CallActivityAsync<int>(nameof(NoOp), 0);
        using var timerCancel = new CancellationTokenSource();
        var woken = context.WaitForExternalEvent<string>("Wake");
        if (await Task.WhenAny(woken, context.CreateTimer(input.UtcDateTime, timerCancel.Token)) == woken)
        {
            timerCancel.Cancel();
        }

        context.ContinueAsNew(input.AddYears(1));
        return "sleeping";
    }
}
