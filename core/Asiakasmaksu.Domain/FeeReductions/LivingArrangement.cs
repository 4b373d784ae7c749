namespace Asiakasmaksu.Domain.FeeReductions;

/// <summary>Where the applicant permanently lives; it decides the protected amount (seed 001).</summary>
public enum LivingArrangement
{
    /// <summary>At home: the basic amount of social assistance (toimeentulotuen perusosa) is protected.</summary>
    Home,

    /// <summary>In service housing: its minimum disposable amount (palveluasumisen minimikäyttövara) is protected.</summary>
    ServiceHousing,

    /// <summary>In an institution: its minimum disposable amount (laitosasumisen minimikäyttövara) is protected.</summary>
    Institution,
}
