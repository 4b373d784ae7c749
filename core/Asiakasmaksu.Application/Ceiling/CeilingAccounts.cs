using Asiakasmaksu.Domain.Ceiling;
using Asiakasmaksu.Domain.Tariffs;

namespace Asiakasmaksu.Application.Ceiling;

/// <summary>
/// Decides commands on annual payment ceiling (maksukatto) accounts and commits them with
/// optimistic concurrency: load every account at once, plan and decide each on what was read,
/// commit all conditionally; the accounts another writer changed meanwhile are read and decided
/// again (their plan is made again from the fresh read) until every commit lands.
/// </summary>
public sealed class CeilingAccounts(ICeilingStore store, TariffBook tariffs)
{
    /// <summary>Rounds of reload and decide before giving up on a contended account (a broken invariant then, not bad input).</summary>
    public const int MaxRounds = 20;

    /// <summary>The store.</summary>
    public ICeilingStore Store => store;

    /// <summary>The tariffs the decisions use.</summary>
    public TariffBook Tariffs => tariffs;

    /// <summary>Decides <paramref name="command"/> on <paramref name="account"/> without storing anything.</summary>
    public CeilingDecision Decide(CeilingAccount account, CeilingCommand command) => CeilingDecider.Decide(account, command, tariffs);

    /// <summary>
    /// Plans, decides and commits every account of <paramref name="keys"/>. <paramref name="plan"/> is
    /// called with each account as read (again after a conflict), and must depend on nothing else that changes.
    /// </summary>
    public async Task<IReadOnlyDictionary<CeilingKey, CeilingOutcome>> ApplyAsync(IReadOnlyCollection<CeilingKey> keys, Func<StoredCeiling, CeilingPlan> plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var outcomes = new Dictionary<CeilingKey, CeilingOutcome>();
        IReadOnlyCollection<CeilingKey> pending = [.. keys.Distinct()];
        for (var round = 0; pending.Count > 0; round++)
        {
            if (round == MaxRounds)
            {
                throw new InvalidOperationException($"{pending.Count} ceiling accounts kept changing under {MaxRounds} rounds of decisions.");
            }

            var read = await store.LoadAsync(pending, cancellationToken).ConfigureAwait(false);
            var commits = new List<CeilingCommit>();
            foreach (var (key, account) in read)
            {
                var (command, contact) = plan(account);
                var decision = command is null ? CeilingDecision.Unchanged : CeilingDecider.Decide(account.Account, command, tariffs);
                var events = decision is CeilingDecision.Accepted accepted ? accepted.Events : [];
                var keptContact = decision is CeilingDecision.Accepted ? contact : null;
                outcomes[key] = new CeilingOutcome(account, decision, account.Apply(events), keptContact ?? account.Contact);
                commits.Add(new CeilingCommit(account, events, keptContact));
            }

            pending = [.. (await store.CommitAsync(commits, cancellationToken).ConfigureAwait(false)).Distinct()];
        }

        return outcomes;
    }
}
