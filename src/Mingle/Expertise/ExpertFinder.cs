using System.Globalization;
using Mingle.Errors;
using Mingle.People;

namespace Mingle.Expertise;

/// <summary>
/// "Who would you go to for X?": finds people for a free-text topic in declared skills (names and aliases),
/// can-teach flags, offers, titles and bios, and ranks them by evidence, by how reachable they are from the caller
/// through a warm path, and by load (people already helping a lot rank a little lower). Every result says why.
/// </summary>
public sealed class ExpertFinder(ExpertiseIndex index)
{
    public const int MaxQueryLength = 100, MaxLimit = 50, DefaultLimit = 10;

    /// <summary>Candidates ranked on evidence alone before paths are searched; reachability and load then reorder them.</summary>
    const int MinShortlist = 200;

    public async Task<ExpertSearchResult> SearchAsync(int me, string? q, int? limit, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(q)) errors["q"] = ["Say what you are looking for, such as a skill or a topic."];
        else if (q.Length > MaxQueryLength) errors["q"] = [$"The topic must be at most {MaxQueryLength} characters."];
        else if (TextTokens.Of(q).Count == 0) errors["q"] = ["The topic needs at least one word that is not a stop word."];
        if (limit is < 1 or > MaxLimit) errors["limit"] = [$"Limit must be between 1 and {MaxLimit}."];
        if (errors.Count > 0) throw new ValidationException(errors);

        var snapshot = await index.CurrentAsync(ct);
        var take = limit ?? DefaultLimit;
        var query = q!.Trim();
        var normalized = Skill.Normalize(query);
        var tokens = TextTokens.Of(query);

        var skills = MatchSkills(snapshot, normalized, tokens);
        // Text fields match the words of the query, or the name or an alias of a matched skill ("k8s" finds "Kubernetes").
        var alternatives = new List<HashSet<string>> { tokens };
        foreach (var (skill, _) in skills)
        {
            alternatives.Add(TextTokens.Of(skill.Name));
            alternatives.AddRange(skill.Aliases.Select(TextTokens.Of));
        }
        alternatives = [.. alternatives.Where(a => a.Count > 0).DistinctBy(a => string.Join(' ', a.Order(StringComparer.Ordinal)))];

        var evidence = new Dictionary<int, Evidence>();
        Evidence Of(int v) => evidence.TryGetValue(v, out var e) ? e : evidence[v] = new Evidence();

        foreach (var (skill, weight) in skills)
        {
            if (!snapshot.SkillHolders.TryGetValue(skill.Id, out var holders)) continue;
            foreach (var h in holders)
            {
                // A beginner or a learner is not who you go to, unless colleagues vouch for them.
                if (h.Level < 2 && !h.CanTeach && h.Endorsements == 0) continue;
                var score = weight * (h.Level / 5.0 * 3 + (h.CanTeach ? 1.5 : 0) + EndorsementWeight(h.Endorsements));
                var e = Of(h.Person);
                if (score > e.SkillScore)
                    (e.SkillScore, e.Skill, e.Level, e.CanTeach, e.Endorsements) = (score, skill, h.Level, h.CanTeach, h.Endorsements);
            }
        }
        foreach (var v in Matching(snapshot.OfferTokens, alternatives)) Of(v).Offer = true;
        foreach (var (skill, _) in skills)
        {
            if (snapshot.OfferSkills.TryGetValue(skill.Id, out var people))
                foreach (var v in people) Of(v).Offer = true;
        }
        foreach (var introduction in Matching(snapshot.IntroductionTopicTokens, alternatives))
            Of(snapshot.IntroductionConnectors[introduction]).TopicIntroductions++;
        foreach (var v in Matching(snapshot.TitleTokens, alternatives)) Of(v).Title = true;
        foreach (var v in Matching(snapshot.BioTokens, alternatives)) Of(v).Bio = true;

        var meIndexed = snapshot.TryIndexOf(me, out var self);
        if (meIndexed) evidence.Remove(self);
        var shortlist = evidence
            .Select(kv => (Person: kv.Key, Evidence: kv.Value, Score: kv.Value.Total(snapshot.IntroductionsMade[kv.Key])))
            .OrderByDescending(c => c.Score).ThenBy(c => c.Person)
            .Take(Math.Max(MinShortlist, take * 20))
            .ToList();

        var paths = meIndexed
            ? snapshot.PathsFrom(self, [.. shortlist.Select(c => c.Person)])
            : [];
        var ranked = shortlist
            .Select(c =>
            {
                paths.TryGetValue(c.Person, out var path);
                var reach = path is null ? 0.5 : 1 / (1 + 0.2 * Math.Max(0, path.Cost - 1));
                var load = snapshot.Load[c.Person];
                var loadFactor = Math.Max(0.7, 1 / (1 + 0.03 * load));
                return (c.Person, c.Evidence, Path: path, Score: Math.Round(c.Score * reach * loadFactor, 3), Load: load);
            })
            .OrderByDescending(c => c.Score).ThenBy(c => c.Person)
            .Take(take)
            .Select(c => View(snapshot, query, c.Person, c.Evidence, c.Path, c.Score, c.Load))
            .ToList();
        return new ExpertSearchResult(query, [.. skills.Select(s => s.Skill.Name)], ranked);
    }

    static List<(SkillEntry Skill, double Weight)> MatchSkills(ExpertiseSnapshot snapshot, string normalized, HashSet<string> tokens)
    {
        var matched = new List<(SkillEntry, double)>();
        foreach (var skill in snapshot.Skills)
        {
            if (skill.NormalizedName == normalized || skill.Aliases.Contains(normalized))
            {
                matched.Add((skill, 1.0));
                continue;
            }
            var name = TextTokens.Of(skill.Name);
            if (name.Count > 0 && (name.IsSubsetOf(tokens) || tokens.IsSubsetOf(name)))
                matched.Add((skill, 0.7));
            else if (skill.Aliases.Any(a => TextTokens.Of(a) is { Count: > 0 } at && at.IsSubsetOf(tokens)))
                matched.Add((skill, 0.7));
        }
        return matched;
    }

    /// <summary>People whose field holds every word of at least one alternative.</summary>
    static HashSet<int> Matching(IReadOnlyDictionary<string, int[]> postings, List<HashSet<string>> alternatives)
    {
        var found = new HashSet<int>();
        foreach (var words in alternatives)
        {
            var lists = new List<int[]>(words.Count);
            foreach (var w in words)
            {
                if (!postings.TryGetValue(w, out var list)) { lists.Clear(); break; }
                lists.Add(list);
            }
            if (lists.Count == words.Count) found.UnionWith(SortedSets.Intersect(lists));
        }
        return found;
    }

    static ExpertView View(ExpertiseSnapshot s, string query, int v, Evidence e, WarmPath? path, double score, int load)
    {
        var reasons = new List<string>();
        if (e.Skill is { } skill)
        {
            var via = !string.Equals(skill.NormalizedName, Skill.Normalize(query), StringComparison.Ordinal)
                ? $" (matches “{query}”)" : "";
            reasons.Add(e.Level > 0 ? $"Declares {skill.Name}{via} at level {e.Level} of 5" : $"Declares {skill.Name}{via}");
            if (e.CanTeach) reasons.Add($"Can teach {skill.Name}");
            if (e.Endorsements > 0) reasons.Add($"Endorsed for {skill.Name} by {Count(e.Endorsements, "colleague")}");
        }
        if (e.Offer && s.Offers.TryGetValue(v, out var offers))
            reasons.Add($"Offers to help: “{offers[0].Text}”" + (offers.Length > 1 ? $" and {offers.Length - 1} more" : ""));
        else if (e.Offer) reasons.Add("Offers help on this topic");
        if (e.Title) reasons.Add($"Title: {s.Titles[v]}");
        if (e.Bio) reasons.Add("Their bio mentions it");
        if (e.TopicIntroductions > 0)
            reasons.Add($"Introduced {Count(e.TopicIntroductions, "pair")} of colleagues about “{query}” who both said yes");
        if (s.IntroductionsMade[v] > 0) reasons.Add($"Has made {Count(s.IntroductionsMade[v], "introduction")} for others");

        var steps = new List<PathStep>();
        if (path is not null)
        {
            for (var i = 0; i < path.People.Count; i++)
                steps.Add(new PathStep(s.PersonIds[path.People[i]], s.Names[path.People[i]], i == 0 ? null : Relation(s, path, i)));
            reasons.Add(steps.Count switch
            {
                2 => $"Your {steps[1].Relation} — ask directly",
                3 => $"Warm introduction through {steps[1].Name} (your {steps[1].Relation})",
                _ => $"{steps.Count - 1} steps away: through {string.Join(" → ", steps.Skip(1).SkipLast(1).Select(x => x.Name))}",
            });
        }
        else
        {
            reasons.Add($"No warm path within {ExpertiseOptions.MaxPathSteps} steps: reach out directly");
        }
        if (load >= 5) reasons.Add($"Already helped others {load} times in the last 90 days, so ranked a little lower");
        return new ExpertView(s.PersonIds[v], s.Names[v], s.Titles[v], score, reasons, [.. steps.Select(x => x.PersonId)], steps);
    }

    /// <summary>How path person i relates to person i-1.</summary>
    static string Relation(ExpertiseSnapshot s, WarmPath path, int i)
    {
        var (prev, cur) = (path.People[i - 1], path.People[i]);
        if (s.Manager[prev] == cur) return "manager";
        if (s.Manager[cur] == prev) return "report";
        if (path.ViaTeam[i - 1]) return "teammate";
        return "connection";
    }

    /// <summary>Each colleague's endorsement adds a little, with diminishing returns, up to as much as can-teach (1.5).</summary>
    internal static double EndorsementWeight(int endorsements) => 1.5 * (1 - Math.Pow(0.7, endorsements));

    static string Count(int n, string noun) => n.ToString(CultureInfo.InvariantCulture) + " " + noun + (n == 1 ? "" : "s");

    sealed class Evidence
    {
        public double SkillScore;
        public SkillEntry? Skill;
        public int Level;
        public bool CanTeach;
        public bool Offer;
        public bool Title;
        public bool Bio;
        public int Endorsements;
        public int TopicIntroductions;

        public double Total(int introductions) =>
            SkillScore + (Offer ? 2 : 0) + (Title ? 1 : 0) + (Bio ? 0.5 : 0) + Math.Min(0.5, 0.1 * introductions)
            + Math.Min(1.5, 0.5 * TopicIntroductions);
    }
}
