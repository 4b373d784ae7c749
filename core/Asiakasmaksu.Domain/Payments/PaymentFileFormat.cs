namespace Asiakasmaksu.Domain.Payments;

/// <summary>The bank file formats read.</summary>
public enum PaymentFileFormat
{
    /// <summary>The Finnish KTL reference transfer (viitesiirto), fixed-width records 0, 3 and 9.</summary>
    Ktl,

    /// <summary>ISO 20022 camt.054 bank-to-customer debit/credit notification.</summary>
    Camt054,
}
