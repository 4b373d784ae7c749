namespace Asiakasmaksu.Domain.FeeReductions;

/// <summary>The net incomes counted in a fee reduction (seed 001, "huomioitavat nettotulot"); all are monthly and net.</summary>
public enum IncomeKind
{
    /// <summary>Wages (palkkatulot).</summary>
    Wages,

    /// <summary>Pensions (eläkkeet).</summary>
    Pension,

    /// <summary>Benefits paid by Kela or insurance companies.</summary>
    Benefit,

    /// <summary>Capital income (pääomatulot).</summary>
    CapitalIncome,

    /// <summary>Interest income (korkotulot).</summary>
    InterestIncome,

    /// <summary>Child benefits and pensions of all children (lapsilisät ja eläkkeet).</summary>
    ChildBenefitOrPension,

    /// <summary>Maintenance support or payments received for all children (elatustuet / elatusavut).</summary>
    ChildMaintenance,

    /// <summary>Informal care allowance (omaishoidon tuki).</summary>
    InformalCareAllowance,
}
