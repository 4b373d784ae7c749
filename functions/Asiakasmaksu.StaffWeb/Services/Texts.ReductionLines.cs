namespace Asiakasmaksu.StaffWeb.Services;

/// <summary>The fee-reduction calculation's kinds and lines in words (the domain writes its labels in English).</summary>
public sealed partial class Texts
{
    private static IEnumerable<(string Key, string Fi, string Sv, string En)> ReductionKinds() =>
    [
        ("IncomeKind.wages", "palkka", "lön", "wages"),
        ("IncomeKind.pension", "eläke", "pension", "pension"),
        ("IncomeKind.benefit", "etuus", "förmån", "benefit"),
        ("IncomeKind.capital_income", "pääomatulo", "kapitalinkomst", "capital income"),
        ("IncomeKind.interest_income", "korkotulo", "ränteinkomst", "interest income"),
        ("IncomeKind.child_benefit_or_pension", "lapsen etuus tai eläke", "barnets förmån eller pension", "child's benefit or pension"),
        ("IncomeKind.child_maintenance", "elatusapu", "underhållsbidrag", "child maintenance"),
        ("IncomeKind.informal_care_allowance", "omaishoidon tuki", "stöd för närståendevård", "informal care allowance"),
        ("ExpenseKind.rent", "vuokra", "hyra", "rent"),
        ("ExpenseKind.electricity", "sähkö", "el", "electricity"),
        ("ExpenseKind.water", "vesi", "vatten", "water"),
        ("ExpenseKind.mortgage_interest", "asuntolainan korko", "bostadslåneränta", "mortgage interest"),
        ("ExpenseKind.student_loan_interest", "opintolainan korko", "studielåneränta", "student loan interest"),
        ("ExpenseKind.disability_car_loan_interest", "vammaisen autolainan korko", "ränta på bil-lån för funktionshindrad", "disability car loan interest"),
        ("ExpenseKind.additional_tax", "jäännösvero", "kvarskatt", "additional tax"),
        ("ExpenseKind.home_care_support_services", "kotihoidon tukipalvelut", "stödtjänster inom hemvården", "home care support services"),
        ("ExpenseKind.safety_phone", "turvapuhelin", "trygghetstelefon", "safety phone"),
        ("ExpenseKind.maintenance_paid", "maksettu elatusapu", "betalt underhållsbidrag", "maintenance paid"),
        ("ExpenseKind.enforcement_or_debt_adjustment", "ulosotto tai velkajärjestely", "utsökning eller skuldsanering", "enforcement or debt adjustment"),
        ("ExpenseKind.prescription_medicines", "reseptilääkkeet", "receptbelagda läkemedel", "prescription medicines"),
        ("ExpenseKind.home_insurance", "kotivakuutus", "hemförsäkring", "home insurance"),
        ("ExpenseKind.not_accepted", "ei hyväksyttävä meno", "utgift som inte godkänns", "not accepted"),
        ("FeeKind.social_care", "sosiaalihuollon tulosidonnainen maksu", "inkomstrelaterad avgift inom socialvården", "income-based social care fee"),
        ("FeeKind.income_based_health_care", "terveydenhuollon tulosidonnainen maksu", "inkomstrelaterad avgift inom hälso- och sjukvården", "income-based health care fee"),
        ("FeeKind.flat_health_care", "terveydenhuollon kiinteä maksu", "fast avgift inom hälso- och sjukvården", "flat health care fee"),
        ("FeeKind.service_voucher_co_payment", "palvelusetelin omavastuu", "självriskandel för servicesedel", "service-voucher co-payment"),
    ];

    private static IEnumerable<(string Key, string Fi, string Sv, string En)> ReductionLines() =>
    [
        ("Red.Line", "Rivi", "Rad", "Line"),
        ("Red.PerMonth", "€ kuukaudessa", "€ per månad", "€ a month"),
        ("Red.DomainWords", "Laskentasäännön sanoin:", "Med beräkningsregelns ord:", "In the rule's words:"),
        ("Red.Reduced", "Tulos: maksut alennetaan ajalle {0}: {1}.", "Resultat: avgifterna sätts ned för perioden {0}: {1}.", "Result: the fees are reduced for {0}: {1}."),
        ("Red.Waived", "Tulos: maksut jätetään perimättä ajalle {0}: {1}.", "Resultat: avgifterna efterskänks för perioden {0}: {1}.", "Result: the fees are waived for {0}: {1}."),
        ("Red.Refused", "Tulos: hakemus hylätään. {0}", "Resultat: ansökan avslås. {0}", "Result: the application is refused. {0}"),
        ("Red.RefusedEnough", "Laskelma jättää maksuihin {0} kuukaudessa, mikä riittää maksuihin {1}: niiden periminen ei vaaranna toimeentuloa.", "Beräkningen lämnar {0} per månad, vilket räcker till avgifterna på {1}: att driva in dem äventyrar inte försörjningen.", "The calculation leaves {0} a month, enough for the fees of {1}: collecting them does not endanger the client's livelihood."),
        ("Red.RefusedFlat", "Kiinteitä terveydenhuollon maksuja ja palvelusetelin omavastuita ei voi alentaa eikä jättää perimättä.", "Fasta avgifter inom hälso- och sjukvården och självriskandelar för servicesedlar kan inte sättas ned eller efterskänkas.", "Flat health-care fees and service-voucher co-payments cannot be reduced or waived."),
        ("Red.RefusedSavings", "Säästöt {0} ylittävät rajan: maksuja ei pääsääntöisesti alenneta.", "Besparingarna {0} överskrider gränsen: avgifterna sätts i regel inte ned.", "Savings of {0} exceed the limit: fees are as a rule not reduced."),
        ("Red.CannotCalculate", "Tulos: laskelmaa ei voi tehdä.", "Resultat: beräkningen kan inte göras.", "Result: the calculation cannot be made."),
        ("Red.IncomeTotal", "Nettotulot kuukaudessa", "Nettoinkomster per månad", "Net income a month"),
        ("Red.NotAccepted", "Ei hyväksytä ({0}), ei lasketa ({1})", "Godkänns inte ({0}), räknas inte ({1})", "Not accepted ({0}), not counted ({1})"),
        ("Red.MedicinesOver", "Lääkekaton ylittävät lääkkeet, ei lasketa ({0})", "Läkemedel över läkemedelstaket, räknas inte ({0})", "Medicines above the medicine ceiling, not counted ({0})"),
        ("Red.ExpensesTotal", "Hyväksytyt menot kuukaudessa", "Godkända utgifter per månad", "Accepted expenses a month"),
        ("Red.Protected", "Suojaosa: {0}", "Skyddsbelopp: {0}", "Protected amount: {0}"),
        ("Red.Protected.home.single", "toimeentulotuen perusosa, yksin asuva", "grunddelen av utkomststödet, ensamboende", "basic amount of social assistance, person living alone"),
        ("Red.Protected.home.couple", "toimeentulotuen perusosa, kaksi puolisoa", "grunddelen av utkomststödet, två makar", "basic amount of social assistance, two spouses"),
        ("Red.Protected.service_housing.single", "palveluasumisen minimikäyttövara", "minimibelopp för personligt bruk i serviceboende", "minimum disposable amount in service housing"),
        ("Red.Protected.service_housing.couple", "palveluasumisen minimikäyttövara ja kotona asuvan puolison perusosa", "minimibelopp i serviceboende och grunddelen för maken hemma", "minimum disposable amount in service housing + basic amount of the spouse at home"),
        ("Red.Protected.institution.single", "laitoshoidon minimikäyttövara", "minimibelopp för personligt bruk på institution", "minimum disposable amount in an institution"),
        ("Red.Protected.institution.couple", "laitoshoidon minimikäyttövara ja kotona asuvan puolison perusosa", "minimibelopp på institution och grunddelen för maken hemma", "minimum disposable amount in an institution + basic amount of the spouse at home"),
        ("Red.Capacity", "Asiakasmaksuihin jää (tulot − menot − suojaosa)", "Kvar för klientavgifter (inkomster − utgifter − skyddsbelopp)", "Left for client fees (income − expenses − protected amount)"),
        ("Red.Savings", "Säästöt ja helposti rahaksi muutettava omaisuus", "Besparingar och lätt realiserbar egendom", "Savings and quickly realisable assets"),
        ("Red.Fee", "{0}: kuukausimaksu", "{0}: månadsavgift", "{0}: monthly fee"),
        ("Red.FeeNotReducible", "{0}: kiinteä maksu tai palvelusetelin omavastuu, ei voi alentaa", "{0}: fast avgift eller självriskandel, kan inte sättas ned", "{0}: flat fee or co-payment, cannot be reduced"),
        ("Red.FeesTotal", "Alennettavissa olevat maksut kuukaudessa", "Avgifter som kan sättas ned, per månad", "Fees that may be reduced, a month"),
        ("Red.Decided", "{0}: maksu kuukaudessa {1}–{2}", "{0}: avgift per månad {1}–{2}", "{0}: fee a month {1}–{2}"),
    ];
}
