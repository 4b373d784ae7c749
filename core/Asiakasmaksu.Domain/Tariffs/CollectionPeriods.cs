namespace Asiakasmaksu.Domain.Tariffs;

/// <summary>The periods between the steps of an invoice's life, in days.</summary>
/// <param name="PaymentTermDays">Calendar days from the invoice date before the bank days are added (14).</param>
/// <param name="PaymentTermBankDays">Bank days added after those calendar days (3).</param>
/// <param name="TransferAfterDueDays">Days after the due date before the transfer to collection (17; at least 14 by 513/1999 5 §).</param>
/// <param name="TransferWeekday">The weekday transfer runs happen on (Tuesday).</param>
/// <param name="ReminderDueDays">Days from sending a reminder to its due date (14).</param>
/// <param name="CollectionLetterDueDays">Days from sending a collection letter to its due date (14).</param>
public sealed record CollectionPeriods(
    int PaymentTermDays,
    int PaymentTermBankDays,
    int TransferAfterDueDays,
    DayOfWeek TransferWeekday,
    int ReminderDueDays,
    int CollectionLetterDueDays)
{
    /// <summary>The periods of seed 000: 14 days + 3 bank days, transfer 17 days after due on Tuesdays, 14-day notices.</summary>
    public static CollectionPeriods Standard { get; } = new(14, 3, 17, DayOfWeek.Tuesday, 14, 14);
}
