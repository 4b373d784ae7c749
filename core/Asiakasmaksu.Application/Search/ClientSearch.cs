using System.Text.RegularExpressions;
using Asiakasmaksu.Application.Paging;
using Asiakasmaksu.Application.Store;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.References;

namespace Asiakasmaksu.Application.Search;

/// <summary>
/// One search box for the staff (docs/staff-api.md, "Search"): a henkilötunnus (through its keyed
/// hash only), an invoice id, a readable invoice number, a reference number (national or RF, with or without spaces), a client
/// id (exactly as the billing system writes it) or the beginning of a name (any case, ä/ö/å also
/// typed as a/o/a, words in any order). The query is never logged nor answered back.
/// </summary>
public sealed partial class ClientSearch(IInvoiceStore store, IClientSearchIndex? index, PersonalIdentityHasher? hasher)
{
    /// <summary>Searches <paramref name="query"/>; only name searches have more than one page.</summary>
    public async Task<SearchOutcome> SearchAsync(string query, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(page);
        var q = query.Trim();
        if (Domain.References.PersonalIdentityCodeSearch.Contains(q))
        {
            return await ByPersonalIdentityAsync(q, cancellationToken).ConfigureAwait(false);
        }

        if (InvoiceIdPattern().IsMatch(q))
        {
            return Hits(await InvoiceHitAsync(new InvoiceId(q), "invoice_id", cancellationToken).ConfigureAwait(false));
        }

        var hits = new List<SearchHit>();
        var number = InvoiceNumber(q);
        var reference = Reference(q);
        if (number is not null || reference is not null)
        {
            // Some invoice numbers pass the reference check too (and a client id may be digits): each reading is tried.
            if (number is not null && await store.FindByInvoiceNumberAsync(number, cancellationToken).ConfigureAwait(false) is { } numbered
                && await InvoiceHitAsync(numbered, "invoice_number", cancellationToken).ConfigureAwait(false) is { } byNumber)
            {
                hits.Add(byNumber);
            }

            if (reference is not null && await store.FindByReferenceAsync(reference, cancellationToken).ConfigureAwait(false) is { } referenced
                && hits.All(h => h.InvoiceId != referenced.Value)
                && await InvoiceHitAsync(referenced, "reference", cancellationToken).ConfigureAwait(false) is { } byReference)
            {
                hits.Add(byReference);
            }

            if (await ClientHitAsync(q, cancellationToken).ConfigureAwait(false) is { } owner)
            {
                hits.Add(owner);
            }

            return new SearchOutcome(new ListPage<SearchHit>(page.After is null ? hits : [], null));
        }

        if (page.After is null && await ClientHitAsync(q, cancellationToken).ConfigureAwait(false) is { } client)
        {
            hits.Add(client);
        }

        var words = SearchText.Words(q);
        if (words.Count == 0 || index is null)
        {
            return new SearchOutcome(new ListPage<SearchHit>(hits, null));
        }

        var names = await ByNameAsync(words, page with { Limit = Math.Max(1, page.Limit - hits.Count) }, cancellationToken).ConfigureAwait(false);
        return new SearchOutcome(new ListPage<SearchHit>([.. hits, .. names.Items.Where(n => !hits.Any(h => h.ClientId == n.ClientId))], names.Next));
    }

    private async Task<SearchOutcome> ByPersonalIdentityAsync(string q, CancellationToken cancellationToken)
    {
        if (index is null || hasher is null)
        {
            return new SearchOutcome(null, "searching by henkilötunnus is not configured on this host", Unavailable: true);
        }

        if (PersonalIdentityHasher.Canonical(q) is not { } code)
        {
            return new SearchOutcome(null, "q looks like a henkilötunnus, but it is not a valid one (check the date, the century sign and the check character)");
        }

        var clients = await index.FindByPersonalIdentityAsync(hasher.Hash(code), cancellationToken).ConfigureAwait(false);
        return new SearchOutcome(new ListPage<SearchHit>([.. clients.Select(c => new SearchHit("personal_identity_code", c.ClientId, c.Name, null, null))], null));
    }

    /// <summary>Name hits: the index's rows for the longest word, kept when every word begins a word of the name; each client once a page.</summary>
    private async Task<ListPage<SearchHit>> ByNameAsync(IReadOnlyList<string> words, PageRequest page, CancellationToken cancellationToken)
    {
        var longest = words.OrderByDescending(w => w.Length).First();
        var hits = new List<SearchHit>();
        var after = page.After;
        while (true)
        {
            var rows = await index!.FindByNameWordAsync(longest, new PageRequest(after, page.Limit), cancellationToken).ConfigureAwait(false);
            foreach (var row in rows.Items.Where(r => SearchText.Matches(words, r.Name) && !hits.Any(h => h.ClientId == r.ClientId)))
            {
                hits.Add(new SearchHit("name", row.ClientId, row.Name, null, null));
            }

            if (rows.Next is null || hits.Count >= page.Limit)
            {
                return new ListPage<SearchHit>(hits, rows.Next);
            }

            after = rows.Next;
        }
    }

    private async Task<SearchHit?> ClientHitAsync(string clientId, CancellationToken cancellationToken)
    {
        if (clientId.Length is 0 or > 64 || clientId.Any(char.IsControl))
        {
            return null;
        }

        var first = await store.ListPageForClientAsync(clientId, null, PageRequest.First(1), cancellationToken).ConfigureAwait(false);
        return first.Items is [var summary, ..] && await store.LoadAsync(summary.Id, cancellationToken).ConfigureAwait(false) is { } invoice
            ? new SearchHit("client_id", clientId, invoice.State.Facts.Client.Name, null, null)
            : null;
    }

    private async Task<SearchHit?> InvoiceHitAsync(InvoiceId id, string matchedBy, CancellationToken cancellationToken) =>
        await store.LoadAsync(id, cancellationToken).ConfigureAwait(false) is { } invoice
            ? new SearchHit(matchedBy, invoice.State.Facts.ClientId, invoice.State.Facts.Client.Name, id.Value, invoice.State.Facts.InvoiceNumber)
            : null;

    /// <summary>The readable invoice number <paramref name="q"/> is (digits, spaces allowed, at most 10 digits with a valid check digit), or null.</summary>
    private static string? InvoiceNumber(string q)
    {
        var digits = new string([.. q.Where(c => !char.IsWhiteSpace(c))]);
        return InvoiceNumbers.IsValid(digits) ? digits : null;
    }

    /// <summary>The national reference <paramref name="q"/> is, or whose RF form it is; null when it is neither.</summary>
    private static string? Reference(string q)
    {
        var text = new string([.. q.Where(c => !char.IsWhiteSpace(c))]).ToUpperInvariant();
        if (text.StartsWith("RF", StringComparison.Ordinal))
        {
            return CreditorReference.IsValid(text) && NationalReference.IsValid(text[4..]) ? NationalReference.Normalize(text[4..]) : null;
        }

        return text.Length >= 4 && text.All(char.IsAsciiDigit) && NationalReference.IsValid(text) ? NationalReference.Normalize(text) : null;
    }

    private static SearchOutcome Hits(SearchHit? hit) => new(new ListPage<SearchHit>(hit is null ? [] : [hit], null));

    [GeneratedRegex("^[a-z2-7]{8}-[a-z2-7]{16}\\z", RegexOptions.CultureInvariant)]
    private static partial Regex InvoiceIdPattern();
}
