using System.Globalization;
using Asiakasmaksu.Domain.Calendar;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.Staff;
using Asiakasmaksu.StaffApi.Contract.Answers;
using Asiakasmaksu.StaffApi.Contract.Requests;
using Asiakasmaksu.StaffWeb.Services;
using Asiakasmaksu.StaffWeb.Shared;
using Microsoft.AspNetCore.Components;

namespace Asiakasmaksu.StaffWeb.Pages;

/// <summary>
/// The deferral form: the new due date is offered as bank days, the signed-in role's limit is shown
/// (counted from the original due date), and a date beyond it makes the form a deferral request.
/// The change is sent with an Idempotency-Key kept for retries of the same change and If-Match with the
/// version read; a 409 shows the invoice's new state and offers to send again on it.
/// </summary>
public sealed partial class Deferral
{
    private InvoiceDetails? invoice;
    private object? loadFailure;
    private object? refusal;
    private InvoiceStateView? conflict;
    private (string Title, string Text)? outcome;
    private ElementReference outcomeBox;
    private bool focusOutcome;
    private DateOnly original;
    private DateOnly minDate;
    private DateOnly limit;
    private DateOnly maxDate;
    private List<DateOnly> bankDays = [];
    private string dateText = string.Empty;
    private string reason = string.Empty;
    private int version;
    private string? idempotencyKey;
    private string? keyFor;
    private bool busy;
    private IReadOnlyList<FieldError> errors = [];

    /// <summary>The invoice to defer.</summary>
    [Parameter] public string InvoiceId { get; set; } = string.Empty;

    private StaffRole Role => Enum.TryParse<StaffRole>(Session.Role, ignoreCase: true, out var r) ? r : StaffRole.Auditor;

    private DateOnly? Chosen => ParseDate(dateText);

    private bool BeyondLimit => Chosen is { } d && d > limit && d <= maxDate;

    private string LimitText => DeferralAuthority.MaxMonths(Role) == 0
        ? T["Deferral.NoAuthority"]
        : T.Format("Deferral.Limit", T.Code("Role", Session.Role), DeferralAuthority.MaxMonths(Role), Texts.Date(original), Texts.Date(limit));

    /// <inheritdoc />
    protected override async Task LoadAsync()
    {
        var read = await Api.InvoiceAsync(InvoiceId);
        if (!read.Ok)
        {
            loadFailure = read;
            return;
        }

        Show(read.Value!);
    }

    /// <inheritdoc />
    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (focusOutcome)
        {
            focusOutcome = false;
            await outcomeBox.FocusAsync();
        }
    }

    private void Show(InvoiceDetails details)
    {
        invoice = details;
        version = details.Version;
        var current = details.DueDate ?? details.InvoiceDate;
        original = details.Timeline.FirstOrDefault(e => e.Type == "invoiced") is { } first && ParseDate(first.Text("dueDate")) is { } o ? o : current;
        minDate = FinnishBankCalendar.NextBankDay(current);
        limit = DeferralAuthority.Limit(Role, original);
        maxDate = DeferralAuthority.Limit(StaffRole.Supervisor, original);
        bankDays = [];
        for (var d = minDate; d <= maxDate && bankDays.Count < 400; d = FinnishBankCalendar.NextBankDay(d))
        {
            bankDays.Add(d);
        }
    }

    private async Task SubmitAsync()
    {
        refusal = null;
        var found = Validate();
        errors = found;
        if (found.Count > 0)
        {
            return;
        }

        var body = new DeferralBody(Chosen!.Value, reason.Trim());
        var asRequest = BeyondLimit;
        var what = $"{asRequest}|{body}|{version}";
        if (keyFor != what)
        {
            // A new change gets a new key; sending the same change again (a lost answer) reuses it.
            (idempotencyKey, keyFor) = (Guid.NewGuid().ToString(), what);
        }

        busy = true;
        try
        {
            if (asRequest)
            {
                var sent = await Api.RequestDeferralAsync(InvoiceId, body, idempotencyKey!);
                if (sent.Ok)
                {
                    Done(T["Deferral.RequestedTitle"], T.Format("Deferral.RequestedText", Texts.Date(sent.Value!.NewDueDate), Texts.Date(sent.Value.ExpiresOn)));
                    return;
                }

                Failed(sent.Status, sent.Problem, sent);
            }
            else
            {
                var sent = await Api.DeferAsync(InvoiceId, body, version, idempotencyKey!);
                if (sent.Ok)
                {
                    var state = sent.Value!.Invoice;
                    Done(T["Deferral.AppliedTitle"], T.Format("Deferral.AppliedText", Texts.Date(state.DueDate), Texts.Date(state.NextStepDate)));
                    return;
                }

                Failed(sent.Status, sent.Problem, sent);
            }
        }
        finally
        {
            busy = false;
        }
    }

    private void Done(string title, string text)
    {
        (outcome, conflict, errors, focusOutcome) = ((title, text), null, [], true);
    }

    private void Failed(int status, Problem? problem, object result)
    {
        conflict = null;
        if (status == 409 && problem?.Current is { } current)
        {
            conflict = current;
        }
        else if (status == 400 && problem?.Field is "newDueDate" or "reason")
        {
            errors = [new FieldError(problem.Field, T.ApiLead(400), problem.Detail)];
        }
        else
        {
            refusal = result;
        }
    }

    private async Task RetryOnNewStateAsync()
    {
        var read = await Api.InvoiceAsync(InvoiceId);
        if (read.Ok)
        {
            Show(read.Value!);
        }

        conflict = null;
        await SubmitAsync();
    }

    private List<FieldError> Validate()
    {
        var found = new List<FieldError>();
        if (dateText.Trim().Length == 0)
        {
            found.Add(new FieldError("newDueDate", T["Deferral.DateMissing"]));
        }
        else if (Chosen is not { } d)
        {
            found.Add(new FieldError("newDueDate", T["Deferral.DateFormat"]));
        }
        else if (d < minDate)
        {
            found.Add(new FieldError("newDueDate", T.Format("Deferral.DateTooEarly", Texts.Date(minDate))));
        }
        else if (d > maxDate)
        {
            found.Add(new FieldError("newDueDate", T.Format("Deferral.DateTooLate", Texts.Date(maxDate))));
        }
        else if (!FinnishBankCalendar.IsBankDay(d))
        {
            found.Add(new FieldError("newDueDate", T.Format("Deferral.NotBankDay", Texts.Date(d), Texts.Date(FinnishBankCalendar.NextBankDay(d)))));
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            found.Add(new FieldError("reason", T["Deferral.ReasonMissing"]));
        }

        return found;
    }

    private FieldError? ErrorOf(string field) => errors.FirstOrDefault(e => e.FieldId == field);

    private string? Invalid(string field) => ErrorOf(field) is null ? null : "hds-text-input--invalid";

    private static DateOnly? ParseDate(string? text)
    {
        string[] formats = ["d.M.yyyy", "yyyy-MM-dd"];
        return text is not null && DateOnly.TryParseExact(text.Trim(), formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
    }
}
