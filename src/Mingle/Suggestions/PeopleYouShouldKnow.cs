using Microsoft.EntityFrameworkCore;
using Mingle.Data;
using Mingle.Errors;
using Mingle.Expertise;
using Mingle.Network;
using Mingle.People;

namespace Mingle.Suggestions;

/// <summary>
/// "People you should know": colleagues outside my network who can help with my open asks (their offers), teach
/// what I want to learn, bridge me into departments and locations my network lacks, or share mutual connections
/// with me — with shared interests as icebreakers. My own profile, network and dismissals are read fresh from the
/// database (they are mine, so using them for me leaks nothing); everyone else comes from the shared
/// <see cref="ExpertiseIndex"/>, which holds only public profile data, mutual connections and the formal
/// structure (DESIGN §3 rule 8) — never anyone's private contacts, notes or logged interactions.
/// </summary>
public sealed class PeopleYouShouldKnow(MingleDb db, ExpertiseIndex index, TimeProvider clock)
{
    public const int MaxSuggestions = 20, DefaultNotNowDays = 30, MaxNotNowDays = 365;

    public async Task<IReadOnlyList<SuggestionView>> ForAsync(int me, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var profile = await db.People.AsNoTracking().Where(p => p.Id == me)
            .Select(p => new { p.OrgUnitId, p.ManagerId, p.LocationId }).SingleOrDefaultAsync(ct)
            ?? throw new NotFoundException("person", me);
        var mySkills = await db.PersonSkills.AsNoTracking().Where(s => s.PersonId == me)
            .Select(s => new { s.SkillId, s.WantsToLearn, Name = s.Skill!.Name }).ToListAsync(ct);
        var myAsks = await db.Asks.AsNoTracking().Where(a => a.PersonId == me && a.IsOpen).Select(a => new { a.Text, a.SkillId }).ToListAsync(ct);
        var myInterests = await db.PersonInterests.AsNoTracking().Where(i => i.PersonId == me).Select(i => i.InterestId).ToListAsync(ct);
        var myNetwork = await db.NetworkEntries.AsNoTracking().Where(e => e.OwnerId == me).Select(e => new { e.PersonId, e.Kind }).ToListAsync(ct);
        var hidden = await db.SuggestionDismissals.AsNoTracking().Where(d => d.PersonId == me && (d.Until == null || d.Until > today))
            .Select(d => d.SuggestedPersonId).ToListAsync(ct);
        var s = await index.CurrentAsync(ct);

        // Who is already known: me, my network, my team, my manager and my reports; plus whom I asked not to see.
        var excluded = new HashSet<int>();
        var known = new List<int>();
        var meIndexed = s.TryIndexOf(me, out var self);
        if (meIndexed) excluded.Add(self);
        foreach (var e in myNetwork)
            if (s.TryIndexOf(e.PersonId, out var v)) { excluded.Add(v); known.Add(v); }
        var myUnit = -1;
        if (meIndexed)
        {
            myUnit = s.Unit[self];
            for (var v = 0; v < s.Count; v++)
            {
                if ((myUnit >= 0 && s.Unit[v] == myUnit) || s.Manager[v] == self || s.Manager[self] == v) { excluded.Add(v); known.Add(v); }
            }
        }
        var hiddenSet = new HashSet<int>();
        foreach (var id in hidden)
            if (s.TryIndexOf(id, out var v)) hiddenSet.Add(v);

        // Departments and locations my network (and my own team) already reaches.
        var departments = new HashSet<int>();
        var locations = new HashSet<int>();
        if (meIndexed)
        {
            if (s.Unit[self] >= 0) departments.Add(s.UnitDepartment[s.Unit[self]]);
            if (s.Location[self] >= 0) locations.Add(s.Location[self]);
        }
        foreach (var v in known)
        {
            if (s.Unit[v] >= 0) departments.Add(s.UnitDepartment[s.Unit[v]]);
            if (s.Location[v] >= 0) locations.Add(s.Location[v]);
        }

        var candidates = new Dictionary<int, Candidate>();
        Candidate? Of(int v)
        {
            if (excluded.Contains(v) || hiddenSet.Contains(v)) return null;
            if (!candidates.TryGetValue(v, out var c)) candidates[v] = c = new Candidate();
            return c;
        }

        // My open asks ↔ their offers (and can-teach) on the same skill, named on the ask or found in its words.
        foreach (var ask in myAsks)
        {
            var words = TextTokens.Of(ask.Text);
            var skills = s.Skills.Where(k => k.Id == ask.SkillId
                || (TextTokens.Of(k.Name) is { Count: > 0 } name && name.IsSubsetOf(words))
                || k.Aliases.Any(a => words.Contains(a))).ToList();
            foreach (var skill in skills)
            {
                // Offers tied to the skill, or whose words name it ("Happy to pair on Terraform modules").
                var offering = new HashSet<int>(s.OfferSkills.TryGetValue(skill.Id, out var tied) ? tied : []);
                var nameWords = TextTokens.Of(skill.Name);
                if (nameWords.Count > 0 && nameWords.All(w => s.OfferTokens.ContainsKey(w)))
                    offering.UnionWith(SortedSets.Intersect([.. nameWords.Select(w => s.OfferTokens[w])]));
                foreach (var v in offering) Of(v)?.Add(3, $"Offers help with {skill.Name}, which you asked for (“{ask.Text}”)", ask: skill.Id);
                if (s.SkillHolders.TryGetValue(skill.Id, out var holders))
                    foreach (var h in holders)
                        if (h.CanTeach && Of(h.Person) is { } c && !c.Asked(skill.Id))
                            c.Add(2.5, $"Can teach {skill.Name}, which you asked for (“{ask.Text}”)", ask: skill.Id);
            }
        }

        // My wants-to-learn ↔ their can-teach.
        foreach (var skill in mySkills.Where(k => k.WantsToLearn))
        {
            if (!s.SkillHolders.TryGetValue(skill.SkillId, out var holders)) continue;
            foreach (var h in holders)
                if (h.CanTeach && Of(h.Person) is { } c && !c.Asked(skill.SkillId))
                    c.Add(3, $"Can teach {skill.Name}, which you want to learn");
        }

        // Friends of friends among mutual connections only.
        var common = new Dictionary<int, List<int>>();
        if (meIndexed)
        {
            foreach (var friend in s.ConnectionsOf(self))
                foreach (var fof in s.ConnectionsOf(friend))
                {
                    if (excluded.Contains(fof) || hiddenSet.Contains(fof)) continue;
                    if (!common.TryGetValue(fof, out var via)) common[fof] = via = [];
                    via.Add(friend);
                }
        }
        foreach (var (v, via) in common)
        {
            var names = string.Join(", ", via.Take(3).Select(f => s.Names[f])) + (via.Count > 3 ? $" and {via.Count - 3} more" : "");
            Of(v)!.Add(Math.Min(3, via.Count), via.Count == 1 ? $"You both know {names}" : $"You have {via.Count} connections in common: {names}");
        }

        // Shared interests: icebreakers for anyone, and with a bridge into new territory a reason on their own.
        var interestSet = myInterests.ToHashSet();
        foreach (var interest in myInterests)
        {
            if (!s.InterestHolders.TryGetValue(interest, out var holders)) continue;
            foreach (var v in holders)
            {
                if (excluded.Contains(v) || hiddenSet.Contains(v) || candidates.ContainsKey(v)) continue;
                if (Bridges(s, v, departments, locations)) Of(v);
            }
        }

        // Bridges and shared interests are scored for every candidate, but put into words only for the ones shown.
        bool NewDepartment(int v) => s.Unit[v] >= 0 && !departments.Contains(s.UnitDepartment[s.Unit[v]]);
        bool NewLocation(int v) => s.Location[v] >= 0 && !locations.Contains(s.Location[v]);
        int SharedInterests(int v)
        {
            var count = 0;
            foreach (var i in s.InterestsOf(v))
                if (interestSet.Contains(i)) count++;
            return count;
        }
        foreach (var (v, c) in candidates)
        {
            var (department, location, shared) = (NewDepartment(v), NewLocation(v), SharedInterests(v));
            c.Score += (department ? 1.5 : 0) + (location ? 1 : 0) + 0.5 * Math.Min(3, shared);
            c.Substantive |= (department || location) && shared > 0;
        }

        return [.. candidates.Where(kv => kv.Value.Substantive)
            .OrderByDescending(kv => kv.Value.Score).ThenBy(kv => Spread(me, s.PersonIds[kv.Key]))
            .Take(MaxSuggestions)
            .Select(kv =>
            {
                var v = kv.Key;
                var reasons = new List<string>(kv.Value.Reasons ?? []);
                if (NewDepartment(v))
                    reasons.Add($"Works in {s.UnitNames[s.UnitDepartment[s.Unit[v]]]}, where your network has no one yet");
                if (NewLocation(v)) reasons.Add($"Based at {s.LocationNames[s.Location[v]]}, where you know no one yet");
                var shared = new List<string>();
                foreach (var i in s.InterestsOf(v))
                    if (interestSet.Contains(i) && s.InterestNames.TryGetValue(i, out var name)) shared.Add(name);
                shared.Sort(StringComparer.Ordinal);
                if (shared.Count > 0) reasons.Add($"You both enjoy {JoinAnd(shared)}: an easy icebreaker");
                return new SuggestionView(s.PersonIds[v], s.Names[v], s.Titles[v],
                    s.Unit[v] >= 0 ? s.UnitNames[s.Unit[v]] : null,
                    s.Location[v] >= 0 ? s.LocationNames[s.Location[v]] : null,
                    Math.Round(kv.Value.Score, 3), reasons);
            })];
    }

    public Task DismissAsync(int me, int personId, CancellationToken ct) => HideAsync(me, personId, null, ct);

    public Task NotNowAsync(int me, int personId, DateOnly? until, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var date = until ?? today.AddDays(DefaultNotNowDays);
        if (date <= today || date > today.AddDays(MaxNotNowDays))
            throw new ValidationException("until", $"Choose a date after today and at most {MaxNotNowDays} days ahead.");
        return HideAsync(me, personId, date, ct);
    }

    async Task HideAsync(int me, int personId, DateOnly? until, CancellationToken ct)
    {
        if (personId == me) throw new ValidationException("personId", "You cannot dismiss yourself.");
        if (!await db.People.AnyAsync(p => p.Id == personId, ct)) throw new NotFoundException("person", personId);
        var row = await db.SuggestionDismissals.SingleOrDefaultAsync(d => d.PersonId == me && d.SuggestedPersonId == personId, ct);
        if (row is null)
        {
            row = new SuggestionDismissal { PersonId = me, SuggestedPersonId = personId };
            db.SuggestionDismissals.Add(row);
        }
        row.Until = until;
        row.CreatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
    }

    static bool Bridges(ExpertiseSnapshot s, int v, HashSet<int> departments, HashSet<int> locations) =>
        (s.Unit[v] >= 0 && !departments.Contains(s.UnitDepartment[s.Unit[v]])) || (s.Location[v] >= 0 && !locations.Contains(s.Location[v]));

    /// <summary>A stable per-viewer tie-break, so equally good suggestions are not always the lowest ids.</summary>
    static uint Spread(int me, int person) => unchecked((uint)(person * 2654435761u) ^ (uint)(me * 40503u));

    static string JoinAnd(List<string> items) =>
        items.Count == 1 ? items[0] : string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1];

    sealed class Candidate
    {
        public double Score;
        public bool Substantive;

        /// <summary>Allocated on first use: most candidates (interest holders) never get a reason of this kind.</summary>
        public List<string>? Reasons;

        public HashSet<int>? Asks;

        public bool Asked(int skill) => Asks?.Contains(skill) == true;

        public void Add(double score, string reason, int? ask = null)
        {
            if (ask is { } skill && !(Asks ??= []).Add(skill)) return;
            Score += score;
            (Reasons ??= []).Add(reason);
            Substantive = true;
        }
    }
}
