namespace Asiakasmaksu.Domain.Staff;

/// <summary>Who is acting: the client-fee team, its supervisor, a division director, an auditor, or the system itself.</summary>
public enum StaffRole
{
    /// <summary>Client-fee team member (asiakasmaksutiimi): defers up to 3 months, makes plans.</summary>
    Team,

    /// <summary>Billing services supervisor (laskutuspalveluiden esimies): defers up to 12 months, decides rectification claims.</summary>
    Supervisor,

    /// <summary>Division director (tulosalueen johtaja): also waives collection.</summary>
    Director,

    /// <summary>Reads only.</summary>
    Auditor,

    /// <summary>The system itself: bank-file payments, scheduled steps.</summary>
    System,
}
