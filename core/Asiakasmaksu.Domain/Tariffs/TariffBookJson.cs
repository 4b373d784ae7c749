using System.Globalization;
using System.Text.Json;

namespace Asiakasmaksu.Domain.Tariffs;

/// <summary>
/// Reads the tariff configuration (format in docs/tariffs.md): a <c>defaults</c> object, a
/// <c>years</c> array whose entries override the defaults, and a <c>referenceRates</c> array.
/// Every tariff is checked by <see cref="TariffValidator"/>; any problem refuses the whole
/// configuration with a <see cref="TariffConfigurationException"/> naming each value.
/// </summary>
public static class TariffBookJson
{
    /// <summary>Parses and validates <paramref name="json"/>.</summary>
    public static TariffBook Parse(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new TariffConfigurationException($"The tariff configuration is not valid JSON (line {e.LineNumber + 1}): {e.Message}", e);
        }

        using (document)
        {
            var root = document.RootElement;
            var rates = ReadReferenceRates(root);
            var defaults = root.TryGetProperty("defaults", out var d) ? d : default;
            var tariffs = new List<Tariff>();
            var seen = new HashSet<int>();
            if (!root.TryGetProperty("years", out var years) || years.ValueKind != JsonValueKind.Array)
            {
                throw new TariffConfigurationException("The tariff configuration has no \"years\" array.");
            }

            var index = 0;
            foreach (var entry in years.EnumerateArray())
            {
                var tariff = ReadYear(entry, defaults, $"years[{index}]");
                if (!seen.Add(tariff.Year))
                {
                    throw new TariffConfigurationException($"years[{index}]: the year {tariff.Year} is configured twice.");
                }

                tariffs.Add(tariff);
                index++;
            }

            var book = new TariffBook(tariffs, rates);
            var problems = tariffs.SelectMany(t => TariffValidator.Problems(t, book.ReferenceRateOn)).ToList();
            return problems.Count == 0
                ? book
                : throw new TariffConfigurationException("The tariff configuration is refused: " + string.Join(" ", problems));
        }
    }

    private static List<ReferenceRate> ReadReferenceRates(JsonElement root)
    {
        var rates = new List<ReferenceRate>();
        if (!root.TryGetProperty("referenceRates", out var array))
        {
            return rates;
        }

        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            var path = $"referenceRates[{i++}]";
            var half = (int)Number(item, "half", path);
            if (half is not (1 or 2))
            {
                throw new TariffConfigurationException($"{path}.half {half} must be 1 or 2.");
            }

            rates.Add(new ReferenceRate((int)Number(item, "year", path), half, Number(item, "percent", path) / 100m));
        }

        return rates;
    }

    private static Tariff ReadYear(JsonElement entry, JsonElement defaults, string path)
    {
        var year = (int)Number(entry, "year", path);
        var periods = CollectionPeriods.Standard;
        if (Pick(entry, defaults, "periods") is { } p)
        {
            periods = new CollectionPeriods(
                (int)(OptionalNumber(p, "paymentTermDays") ?? periods.PaymentTermDays),
                (int)(OptionalNumber(p, "paymentTermBankDays") ?? periods.PaymentTermBankDays),
                (int)(OptionalNumber(p, "transferAfterDueDays") ?? periods.TransferAfterDueDays),
                p.TryGetProperty("transferWeekday", out var w) ? Weekday(w, path) : periods.TransferWeekday,
                (int)(OptionalNumber(p, "reminderDueDays") ?? periods.ReminderDueDays),
                (int)(OptionalNumber(p, "collectionLetterDueDays") ?? periods.CollectionLetterDueDays));
        }

        return new Tariff(
            year,
            OptionalMoney(entry, defaults, "ceiling", path),
            OptionalMoney(entry, defaults, "reducedDailyFee", path),
            RequiredMoney(entry, defaults, "reminderFee", path),
            Interest(Pick(entry, defaults, "lateInterest") ?? throw Missing(path, "lateInterest"), path),
            RequiredMoney(entry, defaults, "collectionLetter1Fee", path),
            RequiredMoney(entry, defaults, "collectionLetter2Fee", path),
            periods,
            FeeReduction(entry, defaults, path));
    }

    /// <summary>
    /// The <c>feeReduction</c> object: each value from the year's object, else from the defaults'
    /// object; unset amounts stay null (unconfirmed), unset savings limits are seed 002's.
    /// </summary>
    private static FeeReductionAmounts FeeReduction(JsonElement entry, JsonElement defaults, string path)
    {
        var own = entry.TryGetProperty("feeReduction", out var o) ? o : default;
        var fallback = defaults.ValueKind == JsonValueKind.Object && defaults.TryGetProperty("feeReduction", out var f) ? f : default;
        var at = path + ".feeReduction";
        var unconfirmed = FeeReductionAmounts.Unconfirmed;
        return new FeeReductionAmounts(
            OptionalMoney(own, fallback, "basicAmountSingle", at),
            OptionalMoney(own, fallback, "basicAmountSpouse", at),
            OptionalMoney(own, fallback, "minimumDisposableServiceHousing", at),
            OptionalMoney(own, fallback, "minimumDisposableInstitution", at),
            OptionalMoney(own, fallback, "annualMedicineCeiling", at),
            OptionalMoney(own, fallback, "savingsLimitSingle", at) ?? unconfirmed.SavingsLimitSingle,
            OptionalMoney(own, fallback, "savingsLimitCouple", at) ?? unconfirmed.SavingsLimitCouple);
    }

    private static LateInterestPolicy Interest(JsonElement element, string path)
    {
        if (OptionalNumber(element, "fixedPercent") is { } fixedPercent)
        {
            return new LateInterestPolicy.Fixed(fixedPercent / 100m);
        }

        return OptionalNumber(element, "referenceRatePlusPoints") is { } points
            ? new LateInterestPolicy.ReferenceRatePlus(points / 100m)
            : throw new TariffConfigurationException($"{path}.lateInterest needs \"fixedPercent\" or \"referenceRatePlusPoints\".");
    }

    private static JsonElement? Pick(JsonElement entry, JsonElement defaults, string name) =>
        entry.ValueKind == JsonValueKind.Object && entry.TryGetProperty(name, out var own) ? own
        : defaults.ValueKind == JsonValueKind.Object && defaults.TryGetProperty(name, out var fallback) ? fallback
        : null;

    private static Money RequiredMoney(JsonElement entry, JsonElement defaults, string name, string path) =>
        OptionalMoney(entry, defaults, name, path) ?? throw Missing(path, name);

    private static Money? OptionalMoney(JsonElement entry, JsonElement defaults, string name, string path)
    {
        if (Pick(entry, defaults, name) is not { } value || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var euros = value.ValueKind == JsonValueKind.Number ? value.GetDecimal() : throw new TariffConfigurationException($"{path}.{name} must be a number of euros.");
        return Money.IsWholeCents(euros) ? Money.Of(euros) : throw new TariffConfigurationException($"{path}.{name} {euros.ToString(CultureInfo.InvariantCulture)} has more than two decimals.");
    }

    private static decimal Number(JsonElement element, string name, string path) =>
        OptionalNumber(element, name) ?? throw Missing(path, name);

    private static decimal? OptionalNumber(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number
            ? value.GetDecimal()
            : null;

    private static DayOfWeek Weekday(JsonElement value, string path) =>
        Enum.TryParse<DayOfWeek>(value.GetString(), ignoreCase: true, out var day)
            ? day
            : throw new TariffConfigurationException($"{path}.periods.transferWeekday \"{value.GetString()}\" is not a weekday name.");

    private static TariffConfigurationException Missing(string path, string name) =>
        new($"{path}.{name} is missing.");
}
