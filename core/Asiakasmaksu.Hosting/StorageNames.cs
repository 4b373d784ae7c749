namespace Asiakasmaksu.Hosting;

/// <summary>The application's own tables and containers (before the prefix), besides the invoice store's tables and the Durable task hub's.</summary>
public static class StorageNames
{
    /// <summary>The audit trail.</summary>
    public const string AuditTable = "Audit";

    /// <summary>Idempotency keys of the staff API.</summary>
    public const string IdempotencyTable = "Idempotency";

    /// <summary>Deferral requests awaiting or past a supervisor's decision.</summary>
    public const string DeferralRequestsTable = "DeferralRequests";

    /// <summary>Bank payments no invoice took.</summary>
    public const string UnmatchedPaymentsTable = "UnmatchedPayments";

    /// <summary>Fee-reduction decisions.</summary>
    public const string FeeReductionsTable = "FeeReductions";

    /// <summary>Annual payment ceiling accounts.</summary>
    public const string CeilingsTable = "Ceilings";

    /// <summary>Incoming billing files (the blob trigger and the local watcher watch it).</summary>
    public const string BillingContainer = "billing";

    /// <summary>Error reports of billing files.</summary>
    public const string BillingErrorsContainer = "billing-errors";

    /// <summary>Incoming bank payment files.</summary>
    public const string PaymentsContainer = "payments";

    /// <summary>Reports of payment files.</summary>
    public const string PaymentReportsContainer = "payments-reports";

    /// <summary>Rendered notices (letters to print, copies of emails) when notices go by SendGrid.</summary>
    public const string NoticesContainer = "notices";

    /// <summary>The client search index: name words and keyed henkilötunnus hashes, never a henkilötunnus.</summary>
    public const string ClientSearchTable = "ClientSearch";

    /// <summary>The billing office's log of arrived billing and payment files.</summary>
    public const string ImportLogTable = "ImportLog";

    /// <summary>E-invoices (Finvoice messages) waiting for the e-invoice operator's connector to collect them.</summary>
    public const string EInvoicesContainer = "einvoices";

    /// <summary>Every application table.</summary>
    public static IReadOnlyList<string> Tables { get; } = [AuditTable, IdempotencyTable, DeferralRequestsTable, UnmatchedPaymentsTable, FeeReductionsTable, CeilingsTable, ClientSearchTable, ImportLogTable];

    /// <summary>Every container.</summary>
    public static IReadOnlyList<string> Containers { get; } = [BillingContainer, BillingErrorsContainer, PaymentsContainer, PaymentReportsContainer, NoticesContainer, EInvoicesContainer];
}
