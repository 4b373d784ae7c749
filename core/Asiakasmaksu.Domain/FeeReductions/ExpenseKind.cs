namespace Asiakasmaksu.Domain.FeeReductions;

/// <summary>
/// Monthly expenses of a fee reduction (seed 001, "huomioitavat menot"). <see cref="NotAccepted"/>
/// records an expense the applicant gave that the rules leave out (health-care fees under the
/// ceiling, over-the-counter medicines, hobbies, personal insurance, consumer credit, housing and
/// student loan repayments, property or inheritance taxes, legal costs, transport co-payments and
/// other household costs): it is shown in the calculation at 0.
/// </summary>
public enum ExpenseKind
{
    /// <summary>Rent or housing company charge (vuokra / yhtiövastike).</summary>
    Rent,

    /// <summary>Electricity (sähkö).</summary>
    Electricity,

    /// <summary>Water (vesimaksu).</summary>
    Water,

    /// <summary>Interest on a housing loan (asuntolainan korot).</summary>
    MortgageInterest,

    /// <summary>Interest on a student loan (opintolainan korot).</summary>
    StudentLoanInterest,

    /// <summary>Interest on a car loan when the purchase was supported under the Disability Services Act.</summary>
    DisabilityCarLoanInterest,

    /// <summary>Additional (back) taxes of the month (lisäverot).</summary>
    AdditionalTax,

    /// <summary>Home-care support service fees and the day-activity fee.</summary>
    HomeCareSupportServices,

    /// <summary>Safety phone (turvapuhelin).</summary>
    SafetyPhone,

    /// <summary>Maintenance paid (elatusapu).</summary>
    MaintenancePaid,

    /// <summary>Enforcement or debt-adjustment payments by decision or plan.</summary>
    EnforcementOrDebtAdjustment,

    /// <summary>Long-term prescription medicines (prescribed for 3 months or more), counted at most up to the annual medicine ceiling.</summary>
    PrescriptionMedicines,

    /// <summary>Basic home insurance (peruskotivakuutus).</summary>
    HomeInsurance,

    /// <summary>An expense the rules do not accept: shown, counted as 0.</summary>
    NotAccepted,
}
