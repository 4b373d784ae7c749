namespace Asiakasmaksu.Domain.Tariffs;

/// <summary>The tariff configuration embedded in the domain (default-tariffs.json), used when a host names no file.</summary>
public static class DefaultTariffs
{
    private static readonly Lazy<string> Json = new(() =>
    {
        using var stream = typeof(DefaultTariffs).Assembly.GetManifestResourceStream("Asiakasmaksu.Domain.Tariffs.default-tariffs.json")
            ?? throw new InvalidOperationException("The embedded default tariffs are missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    private static readonly Lazy<TariffBook> Book = new(() => TariffBookJson.Parse(Json.Value));

    /// <summary>The default tariffs, parsed and validated once.</summary>
    public static TariffBook Load() => Book.Value;

    /// <summary>The embedded JSON text, for a host that writes it out as a starting point.</summary>
    public static string JsonText => Json.Value;
}
