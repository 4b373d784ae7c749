namespace Asiakasmaksu.Domain.Payments;

/// <summary>What reading a bank payment file gave: its payments, or a refusal of the whole file.</summary>
public abstract record PaymentFileResult
{
    private PaymentFileResult()
    {
    }

    /// <summary>The file was read whole.</summary>
    /// <param name="Format">Which format it was.</param>
    /// <param name="Payments">Its payments and reversals in file order (entries that are not payments, e.g. camt PDNG or plain debits, are left out).</param>
    public sealed record Read(PaymentFileFormat Format, IReadOnlyList<BankPayment> Payments) : PaymentFileResult
    {
        /// <summary>The file's net total: payments minus reversals.</summary>
        public Money Total => Payments.Aggregate(Money.Zero, (sum, p) => sum + p.SignedAmount);
    }

    /// <summary>The file is refused whole; nothing in it may be applied.</summary>
    /// <param name="Location">Where: "line 4 (record 3)" or "line 12, position 7" or an XML element path.</param>
    /// <param name="Reason">Why, never quoting a payer's name.</param>
    public sealed record Refused(string Location, string Reason) : PaymentFileResult
    {
        /// <summary>"location: reason".</summary>
        public string Message => $"{Location}: {Reason}";
    }
}
