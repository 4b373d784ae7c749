using Asiakasmaksu.Application.Time;
using Asiakasmaksu.Domain.Notices;

namespace Asiakasmaksu.Application.Outbox;

/// <summary>When the outbox first tries to deliver a notice (both stores apply it).</summary>
public static class OutboxTiming
{
    /// <summary>
    /// The first attempt: when the notice is stored, but never before the start of its own date
    /// (Europe/Helsinki). A billing file imported ahead of its invoice date does not mail the
    /// invoices early, and a simulation that imports every file first mails each invoice on its date.
    /// </summary>
    public static DateTimeOffset FirstAttempt(Notice notice, DateTimeOffset storedAt)
    {
        var dayStarts = BusinessTime.StartOf(notice.Date);
        return dayStarts > storedAt ? dayStarts : storedAt;
    }
}
