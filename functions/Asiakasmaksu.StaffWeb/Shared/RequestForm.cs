using Asiakasmaksu.StaffWeb.Services;
using Microsoft.AspNetCore.Components;

namespace Asiakasmaksu.StaffWeb.Shared;

/// <summary>
/// A form that sends one request not tied to a version read (an estate write-off, an allocation, a ceiling
/// statement): the request goes with an Idempotency-Key (a new one for each new request, the same one when the
/// same request is sent again) and no If-Match; the outcome box is focused once shown, a 400 about one of the
/// form's fields is shown next to the field and in the error summary, any other failure as a refusal.
/// </summary>
public abstract class RequestForm : SignedInPage
{
    private readonly ChangeKey key = new();
    private bool focusOutcome;

    /// <summary>The refusal or failure of the last request, or null.</summary>
    protected IApiResult? Refusal { get; set; }

    /// <summary>The fields' errors in words.</summary>
    protected IReadOnlyList<FieldError> Errors { get; set; } = [];

    /// <summary>Whether a request is being sent.</summary>
    protected bool Busy { get; set; }

    /// <summary>The outcome box, focused once shown.</summary>
    protected ElementReference OutcomeBox { get; set; }

    /// <inheritdoc />
    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (focusOutcome)
        {
            focusOutcome = false;
            await OutcomeBox.FocusAsync();
        }
    }

    /// <summary>
    /// Sends <paramref name="body"/> (its text decides whether the key is new) with <paramref name="send"/>(key);
    /// on success takes in the answer with <paramref name="done"/>; a 400 naming one of <paramref name="fields"/>
    /// is that field's error.
    /// </summary>
    protected Task SendAsync<TAnswer>(object body, Func<string, Task<ApiResult<TAnswer>>> send, Action<TAnswer> done, params IReadOnlyCollection<string> fields)
        where TAnswer : class =>
        SendAsync(body, send, answer =>
        {
            done(answer);
            return Task.CompletedTask;
        }, fields);

    /// <summary>
    /// Sends <paramref name="body"/> (its text decides whether the key is new) with <paramref name="send"/>(key);
    /// on success takes in the answer with <paramref name="done"/>; a 400 naming one of <paramref name="fields"/>
    /// is that field's error.
    /// </summary>
    protected async Task SendAsync<TAnswer>(object body, Func<string, Task<ApiResult<TAnswer>>> send, Func<TAnswer, Task> done, params IReadOnlyCollection<string> fields)
        where TAnswer : class
    {
        Refusal = null;
        Busy = true;
        try
        {
            var sent = await send(key.For(body.ToString()!));
            if (sent.Ok)
            {
                await done(sent.Value!);
                (Errors, focusOutcome) = ([], true);
            }
            else if (sent.Status == 400 && sent.Problem?.Field is { } field && fields.Contains(field))
            {
                Errors = [new FieldError(field, T.ApiLead(400), sent.Problem.Detail)];
            }
            else
            {
                Refusal = sent;
            }
        }
        finally
        {
            Busy = false;
        }
    }

    /// <summary>The error of <paramref name="field"/>, or null.</summary>
    protected FieldError? ErrorOf(string field) => Errors.FirstOrDefault(e => e.FieldId == field);
}
