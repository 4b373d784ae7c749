using System.Globalization;

namespace Asiakasmaksu.StaffWeb.Services;

/// <summary>
/// The app's texts in Finnish (the default), Swedish and English, by key; the language is the session's.
/// Dates are shown the Finnish way (d.M.yyyy) in every language, as the letters print them.
/// </summary>
public sealed partial class Texts(Session session)
{
    /// <summary>The text of <paramref name="key"/> in the session's language (Finnish when a translation is missing, else the key).</summary>
    public string this[string key] => Lookup(key) ?? key;

    /// <summary>The text of <paramref name="key"/> with its <c>{0}</c>… filled in.</summary>
    public string Format(string key, params object?[] args) => string.Format(CultureInfo.InvariantCulture, this[key], args);

    /// <summary>A coded value (status, stage, step, role, event) in words, or the code itself when it has none.</summary>
    public string Code(string group, string? code) => code is null ? "–" : Lookup($"{group}.{code}") ?? code;

    /// <summary>A date as d.M.yyyy.</summary>
    public static string Date(DateOnly? date) => date?.ToString("d.M.yyyy", CultureInfo.InvariantCulture) ?? "–";

    /// <summary>An amount as the API gives it ("148.40") in the Finnish and Swedish way ("148,40 €") or the English one.</summary>
    public string Money(string? amount) =>
        amount is null ? "–" : (session.Language == "en" ? amount : amount.Replace('.', ',')) + " €";

    private string? Lookup(string key) =>
        All.TryGetValue(key, out var t) ? session.Language switch { "sv" => t.Sv, "en" => t.En, _ => t.Fi } : null;

    private static readonly Dictionary<string, (string Fi, string Sv, string En)> All = Build();

    private static Dictionary<string, (string Fi, string Sv, string En)> Build()
    {
        var all = new Dictionary<string, (string Fi, string Sv, string En)>(StringComparer.Ordinal);
        foreach (var (key, fi, sv, en) in Common().Concat(Codes()).Concat(Pages()).Concat(Actions()).Concat(Forms()).Concat(SignIn()))
        {
            all.Add(key, (fi, sv, en));
        }

        return all;
    }
}
