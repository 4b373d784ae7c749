using Asiakasmaksu.Rendering;
using Microsoft.Extensions.Configuration;

namespace Asiakasmaksu.Hosting;

/// <summary>The welfare area printed on every notice (section <c>Asiakasmaksu:Issuer</c>).</summary>
public static class IssuerSettings
{
    /// <summary>
    /// The issuer from <paramref name="section"/>. It must be complete: a wrong IBAN on an invoice
    /// sends clients' money astray, so a host refuses to start with an incomplete one. Without the
    /// section, a host that allows it (<paramref name="allowExample"/>: the local host, a
    /// development run of the Functions app) prints the fictional example issuer.
    /// </summary>
    public static IssuerProfile Resolve(IConfigurationSection section, bool allowExample)
    {
        ArgumentNullException.ThrowIfNull(section);
        if (!section.Exists() && allowExample)
        {
            return IssuerProfile.Example;
        }

        var issuer = section.Get<IssuerProfile>() ?? new IssuerProfile();
        var problems = issuer.Problems();
        return problems.Count == 0
            ? issuer
            : throw new InvalidOperationException($"The issuer settings Asiakasmaksu__Issuer__* are incomplete: {string.Join(" ", problems)}");
    }
}
