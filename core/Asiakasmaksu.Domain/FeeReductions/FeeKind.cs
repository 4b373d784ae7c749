namespace Asiakasmaksu.Domain.FeeReductions;

/// <summary>What kind of fee a reduction is asked for; only some may be reduced (734/1992 11 §, seeds 001 and 002).</summary>
public enum FeeKind
{
    /// <summary>A social-care fee (e.g. continuous home care, service housing, disability services): reducible.</summary>
    SocialCare,

    /// <summary>An income-based health-care fee (e.g. long-term institutional care): reducible.</summary>
    IncomeBasedHealthCare,

    /// <summary>A flat health-care fee (outpatient clinic, oral care, serial treatment such as physiotherapy): cannot be reduced.</summary>
    FlatHealthCare,

    /// <summary>A service-voucher co-payment: not a client fee, cannot be reduced (the voucher's value may be raised instead).</summary>
    ServiceVoucherCoPayment,
}
