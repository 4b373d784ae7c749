using Asiakasmaksu.Domain.Staff;
using Asiakasmaksu.StaffApi.Contract.Answers;
using Asiakasmaksu.StaffWeb.Services;
using Microsoft.AspNetCore.Components;

namespace Asiakasmaksu.StaffWeb.Shared;

/// <summary>
/// A form that changes one invoice (payment plan, cancellation, waiver, rectification claim and decision), as the deferral and payment
/// forms do: it reads the invoice and its version, checks the fields before sending, sends the change
/// with an Idempotency-Key (a new one for each new change, the same one when the same change is sent
/// again) and If-Match with the version read, and shows the outcome, the errors in words next to each
/// field and in the error summary, a 409 with the invoice's new state and a retry on it, or a refusal.
/// </summary>
public abstract class ChangeForm : SignedInPage
{
    private readonly ChangeKey key = new();
    private bool focusOutcome;

    /// <summary>The invoice changed.</summary>
    [Parameter] public string InvoiceId { get; set; } = string.Empty;

    /// <summary>The invoice as read (null while loading).</summary>
    protected InvoiceDetails? Invoice { get; private set; }

    /// <summary>The version read, sent as If-Match.</summary>
    protected int Version { get; private set; }

    /// <summary>The failed read of the invoice, or null.</summary>
    protected object? LoadFailure { get; private set; }

    /// <summary>The refusal (403) or another failure of the last send, or null.</summary>
    protected object? Refusal { get; private set; }

    /// <summary>The invoice's new state after a 409, or null.</summary>
    protected InvoiceStateView? Conflict { get; private set; }

    /// <summary>The API's words on the 409 (English, shown untranslated after <c>Texts.ApiLead</c>), or null.</summary>
    protected string? ConflictDetail { get; private set; }

    /// <summary>What was done, in words, once the change is applied.</summary>
    protected (string Title, string Text)? Outcome { get; private set; }

    /// <summary>The fields' errors in words.</summary>
    protected IReadOnlyList<FieldError> Errors { get; set; } = [];

    /// <summary>Whether a change is being sent.</summary>
    protected bool Busy { get; private set; }

    /// <summary>The outcome box, focused once shown.</summary>
    protected ElementReference OutcomeBox { get; set; }

    /// <summary>The signed-in role.</summary>
    protected StaffRole Role => Enum.TryParse<StaffRole>(Session.Role, ignoreCase: true, out var r) ? r : StaffRole.Auditor;

    /// <summary>The body fields the API may name in a 400, shown next to the field.</summary>
    protected abstract IReadOnlyCollection<string> Fields { get; }

    /// <inheritdoc />
    protected override async Task LoadAsync()
    {
        var read = await Api.InvoiceAsync(InvoiceId);
        if (!read.Ok)
        {
            LoadFailure = read;
            return;
        }

        Show(read.Value!);
    }

    /// <summary>Takes in the invoice as read (first, and again before a retry on its new state).</summary>
    protected virtual void Show(InvoiceDetails details)
    {
        Invoice = details;
        Version = details.Version;
    }

    /// <summary>The fields' errors found before sending; none sends.</summary>
    protected abstract List<FieldError> Validate();

    /// <summary>Sends the form's change (through <see cref="SendAsync"/>).</summary>
    protected abstract Task SubmitAsync();

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
    /// Checks the fields, then sends the change <paramref name="what"/> (the body as text, which with the
    /// version decides whether the key is new) with <paramref name="send"/>(key, version); on success the
    /// outcome is <paramref name="done"/> of the new state.
    /// </summary>
    protected Task SendAsync(string what, Func<string, int, Task<ApiResult<ChangeAnswer>>> send, Func<InvoiceStateView, (string Title, string Text)> done) =>
        SendAsync<ChangeAnswer>(what, send, answer => done(answer.Invoice));

    /// <summary>
    /// Checks the fields, then sends the change <paramref name="what"/> (the body as text, which with the
    /// version decides whether the key is new) with <paramref name="send"/>(key, version); on success the
    /// outcome is <paramref name="done"/> of the answer.
    /// </summary>
    protected async Task SendAsync<TAnswer>(string what, Func<string, int, Task<ApiResult<TAnswer>>> send, Func<TAnswer, (string Title, string Text)> done)
        where TAnswer : class
    {
        Refusal = null;
        Errors = Validate();
        if (Errors.Count > 0)
        {
            return;
        }

        Busy = true;
        try
        {
            var sent = await send(key.For($"{what}|{Version}"), Version);
            Conflict = null;
            if (sent.Ok)
            {
                (Outcome, Errors, focusOutcome) = (done(sent.Value!), [], true);
            }
            else if (sent.Status == 409 && sent.Problem?.Current is { } current)
            {
                (Conflict, ConflictDetail) = (current, sent.Problem.Detail);
            }
            else if (sent.Status == 400 && sent.Problem?.Field is { } field && Fields.Contains(Field(field)))
            {
                Errors = [new FieldError(Field(field), T.ApiLead(400), sent.Problem.Detail)];
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

    /// <summary>Reads the invoice again and sends the same change on its new state (a new key, the new version).</summary>
    protected async Task RetryOnNewStateAsync()
    {
        var read = await Api.InvoiceAsync(InvoiceId);
        if (read.Ok)
        {
            Show(read.Value!);
        }

        Conflict = null;
        await SubmitAsync();
    }

    /// <summary>Forgets the errors shown (a field they were about has changed): they are checked again when the form is sent.</summary>
    protected void ClearErrors() => Errors = [];

    /// <summary>The error of <paramref name="field"/>, or null.</summary>
    protected FieldError? ErrorOf(string field) => Errors.FirstOrDefault(e => e.FieldId == field);

    /// <summary>The form field a body path names ("installments[1].dueDate" is the installments).</summary>
    private static string Field(string path) => path.Split('[', '.')[0];
}
