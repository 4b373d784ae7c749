using System.Text.RegularExpressions;

namespace Asiakasmaksu.StaffWeb.Services;

/// <summary>Tells an invoice id (<c>k3jqz7ma-5ee2ytd4bn3wq6rf</c>, docs/billing-file.md) from a client id in the search box.</summary>
public static partial class InvoiceIds
{
    /// <summary>Whether <paramref name="text"/> has the shape of an invoice id.</summary>
    public static bool Looks(string text) => Shape().IsMatch(text);

    [GeneratedRegex("^[a-z0-9]{8}-[a-z0-9]{16}$")]
    private static partial Regex Shape();
}
