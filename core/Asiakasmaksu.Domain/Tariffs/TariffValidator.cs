using System.Globalization;

namespace Asiakasmaksu.Domain.Tariffs;

/// <summary>Checks a tariff against the legal minimums and caps of <see cref="LegalLimits"/>.</summary>
public static class TariffValidator
{
    /// <summary>Every problem of <paramref name="tariff"/>, each naming the value; empty when it is lawful.</summary>
    public static IReadOnlyList<string> Problems(Tariff tariff, Func<DateOnly, decimal?> referenceRateOn)
    {
        var problems = new List<string>();
        var y = tariff.Year;

        NotNegative(tariff.ReminderFee, "reminderFee");
        NotNegative(tariff.CollectionLetter1Fee, "collectionLetter1Fee");
        NotNegative(tariff.CollectionLetter2Fee, "collectionLetter2Fee");
        AtMost(tariff.ReminderFee, LegalLimits.MaxReminderFee, "reminderFee", "513/1999 10 a § caps a reminder at");
        AtMost(tariff.CollectionLetter1Fee, LegalLimits.MaxCollectionLetter1Fee, "collectionLetter1Fee", "513/1999 10 a § caps a payment demand for a directly enforceable claim at");
        AtMost(tariff.CollectionLetter2Fee, LegalLimits.MaxCollectionLetter2Fee, "collectionLetter2Fee", "513/1999 10 a § caps a repeated payment demand at");
        if (tariff.Ceiling is { } ceiling && !ceiling.IsPositive)
        {
            problems.Add($"{y}: ceiling {ceiling} must be above zero.");
        }

        if (tariff.ReducedDailyFee is { } daily && !daily.IsPositive)
        {
            problems.Add($"{y}: reducedDailyFee {daily} must be above zero.");
        }

        if (tariff.FeeReduction is { } reduction)
        {
            Positive(reduction.BasicAmountSingle, "feeReduction.basicAmountSingle");
            Positive(reduction.BasicAmountSpouse, "feeReduction.basicAmountSpouse");
            Positive(reduction.MinimumDisposableServiceHousing, "feeReduction.minimumDisposableServiceHousing");
            Positive(reduction.MinimumDisposableInstitution, "feeReduction.minimumDisposableInstitution");
            Positive(reduction.AnnualMedicineCeiling, "feeReduction.annualMedicineCeiling");
            NotNegative(reduction.SavingsLimitSingle, "feeReduction.savingsLimitSingle");
            if (reduction.SavingsLimitCouple < reduction.SavingsLimitSingle)
            {
                problems.Add($"{y}: feeReduction.savingsLimitCouple {reduction.SavingsLimitCouple} is below savingsLimitSingle {reduction.SavingsLimitSingle}.");
            }
        }

        var p = tariff.Periods;
        if (p.PaymentTermDays < 0 || p.PaymentTermBankDays < 0 || p.PaymentTermDays + p.PaymentTermBankDays == 0)
        {
            problems.Add($"{y}: the payment term {p.PaymentTermDays} days + {p.PaymentTermBankDays} bank days must be positive.");
        }

        if (p.TransferAfterDueDays < LegalLimits.MinDaysFromDueDateToReminder)
        {
            problems.Add($"{y}: transferAfterDueDays {p.TransferAfterDueDays} is below the legal minimum of {LegalLimits.MinDaysFromDueDateToReminder} days (513/1999 5 §).");
        }

        if (p.ReminderDueDays < LegalLimits.MinDaysBetweenNotices)
        {
            problems.Add($"{y}: reminderDueDays {p.ReminderDueDays} is below the legal minimum of {LegalLimits.MinDaysBetweenNotices} days (513/1999 5 §).");
        }

        if (p.CollectionLetterDueDays < LegalLimits.MinDaysBetweenNotices)
        {
            problems.Add($"{y}: collectionLetterDueDays {p.CollectionLetterDueDays} is below the legal minimum of {LegalLimits.MinDaysBetweenNotices} days (513/1999 5 §).");
        }

        switch (tariff.LateInterest)
        {
            case LateInterestPolicy.Fixed f:
                if (f.AnnualRate < 0m)
                {
                    problems.Add($"{y}: the late-interest rate {Percent(f.AnnualRate)} is negative.");
                }

                foreach (var half in new[] { new DateOnly(y, 1, 1), new DateOnly(y, 7, 1) })
                {
                    if (referenceRateOn(half) is { } reference && f.AnnualRate > reference + LegalLimits.StatutoryPointsOverReferenceRate)
                    {
                        problems.Add($"{y}: the late-interest rate {Percent(f.AnnualRate)} is above the statutory rate {Percent(reference + LegalLimits.StatutoryPointsOverReferenceRate)} of half {ReferenceRate.HalfOf(half)} (633/1982 4 §).");
                    }
                }

                break;
            case LateInterestPolicy.ReferenceRatePlus r when r.Points < 0m || r.Points > LegalLimits.StatutoryPointsOverReferenceRate:
                problems.Add($"{y}: {Percent(r.Points)} points over the reference rate is outside 0–7 points (633/1982 4 §).");
                break;
        }

        return problems;

        void NotNegative(Money fee, string name)
        {
            if (fee.IsNegative)
            {
                problems.Add($"{y}: {name} {fee} is negative.");
            }
        }

        void Positive(Money? amount, string name)
        {
            if (amount is { } value && !value.IsPositive)
            {
                problems.Add($"{y}: {name} {value} must be above zero.");
            }
        }

        void AtMost(Money fee, Money cap, string name, string law)
        {
            if (fee > cap)
            {
                problems.Add($"{y}: {name} {fee} € is above the legal cap: {law} {cap} €.");
            }
        }
    }

    private static string Percent(decimal fraction) => (fraction * 100m).ToString("0.###", CultureInfo.InvariantCulture) + " %";
}
