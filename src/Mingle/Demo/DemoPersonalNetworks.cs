using Mingle.Network;

namespace Mingle.Demo;

/// <summary>
/// Gives each person of a <see cref="DemoOrganisation"/> a believable personal network, as a pure function of the
/// organisation (and its seed): 10 to 40 mutual connections, mostly the people they collaborate with most in the
/// imported history, plus their manager, sometimes a skip-level or a mentor a level or two up in another unit and
/// someone from another department; up to three one-sided contacts; how and where they met, tags, private notes on
/// a few and a keep-in-touch cadence on some (added weeks ago, so some are overdue on <see cref="DemoOrganisation.Today"/>);
/// and a handful of logged coffees, help and advice in the last three months, mostly balanced, some lopsided.
/// The well-known <see cref="DemoLogins"/> always have an overdue reminder and one relationship lopsided each way.
/// </summary>
public static class DemoPersonalNetworks
{
    public const int MinConnections = 10;
    public const int MaxConnections = 40;
    public const int MaxContacts = 3;
    public const short NoWhere = -1;
    public const short VideoCall = -2;

    /// <summary>How we met, by relation: same team, reporting line, same department, mentoring, elsewhere (then one of the rest).</summary>
    public static readonly string?[] HowWeMet =
    [
        null, "Same team", "Reporting line", "Same department", "Mentoring conversations", "Worked on a project together",
        "Cross-team initiative", "Met at the all-hands", "Onboarding cohort", "Introduced by a colleague", "Guild meetup",
    ];

    static readonly string[] RelationTags = ["team", "management", "department", "mentor", "cross-team"];
    static readonly string?[] ExtraTags = [null, "coffee", "advice", "project", "ex-colleague", "skills", "leadership"];

    /// <summary>Index = relation × <see cref="ExtraTags"/> count + extra; 0 is no tags.</summary>
    public static readonly string?[] Tags = BuildTags();

    public static readonly string?[] Notes =
    [
        null,
        "Great sounding board for **career** questions.",
        "Knows everyone in the platform teams. Ask about *on-call* practices.",
        "Prefers a short call over long messages.",
        "Follow up on the onboarding ideas we discussed.",
        "Offered to review my next proposal. Return the favour!",
        "Met over coffee after the quarterly review; interested in mentoring.",
    ];

    public static readonly string?[] LoggedNotes =
    [
        null, "Coffee and a catch-up.", "Helped me debug a tricky issue.", "Reviewed their draft.", "Advice on a difficult conversation.",
        "Walked them through our release process.",
    ];

    static readonly short[] Cadences = [14, 30, 30, 60, 90];

    enum Relation : byte { Team = 0, Manager = 1, Department = 2, Mentor = 3, Cross = 4 }

    public static string? WhereWeMet(DemoOrganisation org, short where) => where switch
    {
        NoWhere => null,
        VideoCall => "Video call",
        _ => org.Locations[where].Name,
    };

    public static DemoPersonalNetwork Generate(DemoOrganisation org)
    {
        ArgumentNullException.ThrowIfNull(org);
        var n = org.PeopleCount;
        var rng = new Random(unchecked((org.Seed * 7919) ^ 0x5eed_2024));
        var departmentOf = Departments(org);
        var today = org.Today.DayNumber;

        // Candidates: everyone I collaborated with, heaviest first (ties by index), from the imported history.
        var (start, candidates) = Candidates(org);

        var conn = new int[n * MaxConnections];
        var degree = new int[n];
        bool Has(int a, int b)
        {
            for (var i = a * MaxConnections; i < (a * MaxConnections) + degree[a]; i++)
                if (conn[i] == b) return true;
            return false;
        }
        bool Connect(int a, int b)
        {
            if (a == b || a < 0 || b < 0 || degree[a] >= MaxConnections || degree[b] >= MaxConnections || Has(a, b)) return false;
            conn[(a * MaxConnections) + degree[a]++] = b;
            conn[(b * MaxConnections) + degree[b]++] = a;
            return true;
        }

        // Reporting lines first, so a busy manager's 40 never crowd out one of their reports.
        for (var p = 0; p < n; p++) Connect(p, org.ManagerOf[p]);
        for (var p = 0; p < n; p++)
        {
            var target = MinConnections + (int)((MaxConnections - MinConnections) * Math.Pow(rng.NextDouble(), 1.6));
            for (var i = start[p]; i < start[p + 1] && degree[p] < target; i++)
            {
                var (q, weight) = ((int)(candidates[i] & 0xffff_ffff), int.MaxValue - (int)(candidates[i] >> 32));
                if (weight >= 2) Connect(p, q);
            }
            if (org.ManagerOf[p] >= 0 && rng.NextDouble() < 0.4) Connect(p, org.ManagerOf[org.ManagerOf[p]]);
            if (rng.NextDouble() < 0.3) Connect(p, Mentor(org, departmentOf, rng, p));
            if (rng.NextDouble() < 0.3) Connect(p, Pick(rng, n, q => departmentOf[q] != departmentOf[p]));
        }
        // Newcomers and the periphery have few collaborators yet: colleagues nearby fill them up to the minimum.
        for (var p = 0; p < n; p++)
        {
            for (var attempt = 0; degree[p] < MinConnections && attempt < 400; attempt++)
            {
                var q = attempt < 100 && departmentOf[p] >= 0
                    ? org.Units[departmentOf[p]].FirstPerson + rng.Next(org.Units[departmentOf[p]].PersonCount)
                    : rng.Next(n);
                Connect(p, q);
            }
        }

        var logins = new HashSet<int>();
        foreach (var email in DemoLoginEmails)
            if (org.IndexOf(email) is var i and >= 0) logins.Add(i);

        var entries = new List<DemoNetworkEntry>(n * 26);
        var logged = new List<DemoLoggedInteraction>(n * 3);
        var mine = new List<int>(MaxConnections);
        for (var p = 0; p < n; p++)
        {
            mine.Clear();
            for (var i = p * MaxConnections; i < (p * MaxConnections) + degree[p]; i++) mine.Add(conn[i]);
            mine.Sort();
            var isLogin = logins.Contains(p);
            // A login's reminder goes to someone outside the other logins (their introductions log platform interactions).
            var dueAt = isLogin ? mine.FindIndex(q => !logins.Contains(q)) : -1;
            var dueWith = dueAt >= 0 ? mine[dueAt] : -1;
            foreach (var q in mine) entries.Add(Entry(org, departmentOf, rng, p, q, NetworkEntryKind.Connection, today, q == dueWith));

            var contacts = rng.Next(MaxContacts + 1);
            var chosen = new List<int>(MaxContacts);
            for (var c = 0; c < contacts; c++)
            {
                var q = rng.Next(n);
                if (q == p || Has(p, q) || chosen.Contains(q)) continue;
                chosen.Add(q);
                entries.Add(Entry(org, departmentOf, rng, p, q, NetworkEntryKind.Contact, today, false));
            }

            Log(rng, logged, mine, p, today, isLogin, dueWith);
        }
        return new DemoPersonalNetwork([.. entries], [.. logged]);
    }

    static readonly string[] DemoLoginEmails =
    [
        DemoLogins.Ceo, DemoLogins.Analyst, DemoLogins.Admin, DemoLogins.ProgrammeOwner, DemoLogins.CommunityOwner,
        DemoLogins.Newcomer, DemoLogins.Bridge,
    ];

    static DemoNetworkEntry Entry(DemoOrganisation org, int[] departmentOf, Random rng, int p, int q, NetworkEntryKind kind,
        int today, bool due)
    {
        var relation = org.UnitOf[p] == org.UnitOf[q] ? Relation.Team
            : org.ManagerOf[p] == q || org.ManagerOf[q] == p ? Relation.Manager
            : departmentOf[p] == departmentOf[q] ? Relation.Department
            : org.Levels[q] >= org.Levels[p] + 1 && org.Levels[q] <= org.Levels[p] + 2 && rng.NextDouble() < 0.5 ? Relation.Mentor
            : Relation.Cross;
        if (org.UnitOf[p] == org.UnitOf[q] && (org.ManagerOf[p] == q || org.ManagerOf[q] == p)) relation = Relation.Manager;
        byte how = rng.NextDouble() < 0.15 ? (byte)0
            : relation == Relation.Cross ? (byte)(5 + rng.Next(HowWeMet.Length - 5))
            : (byte)(1 + (int)relation);
        short where = rng.NextDouble() < 0.2 ? NoWhere
            : org.LocationOf[p] == org.LocationOf[q] || rng.NextDouble() < 0.3 ? (short)org.LocationOf[p]
            : VideoCall;
        var tags = rng.NextDouble() < 0.3 ? (byte)0 : (byte)(((int)relation * ExtraTags.Length) + (rng.NextDouble() < 0.5 ? 0 : 1 + rng.Next(ExtraTags.Length - 1)) + 1);
        var notes = rng.NextDouble() < 0.06 ? (byte)(1 + rng.Next(Notes.Length - 1)) : (byte)0;
        short cadence = rng.NextDouble() < (kind == NetworkEntryKind.Contact ? 0.25 : 0.15) ? Cadences[rng.Next(Cadences.Length)] : (short)0;
        var known = Math.Max(org.HireDates[p].DayNumber, org.HireDates[q].DayNumber);
        var met = rng.NextDouble() < 0.3 || known >= today ? 0 : known + rng.Next(Math.Min(today - known, 720));
        var added = Math.Max(met, today - 1 - rng.Next(120));
        if (due)
        {
            // Added a while ago with nothing logged since: overdue today. A newcomer's is a check-in every few days.
            added = Math.Min(today - 2, Math.Max(known, today - 75));
            met = met > added ? 0 : met;
            cadence = today - added > 31 ? (short)30 : (short)Math.Max(1, (today - added) / 2);
        }
        return new DemoNetworkEntry(p, q, kind, how, where, tags, notes, cadence, met, added);
    }

    /// <summary>A few logged acts with some connections: coffee, balanced help and advice, or help mostly one way.</summary>
    static void Log(Random rng, List<DemoLoggedInteraction> logged, List<int> mine, int p, int today, bool isLogin, int dueWith)
    {
        var others = mine.Where(q => q != dueWith).ToList();
        if (others.Count == 0) return;
        var partners = isLogin ? Math.Min(4, others.Count) : rng.NextDouble() < 0.4 ? 0 : 1 + rng.Next(2);
        for (var k = 0; k < partners; k++)
        {
            var q = isLogin ? others[k] : others[rng.Next(others.Count)];
            // Logins: one relationship where they take, one where they give, one balanced, one coffee.
            var pattern = isLogin ? k : rng.NextDouble() switch { < 0.2 => 0, < 0.35 => 1, < 0.65 => 2, _ => 3 };
            int Day() => today - 1 - rng.Next(80);
            switch (pattern)
            {
                case 0:
                    for (var i = 3 + rng.Next(3); i > 0; i--)
                        logged.Add(new(p, q, InteractionType.HelpReceived, Day(), p, 2));
                    break;
                case 1:
                    for (var i = 3 + rng.Next(2); i > 0; i--)
                        logged.Add(new(p, q, InteractionType.HelpGiven, Day(), p, 5));
                    break;
                case 2:
                    logged.Add(new(p, q, InteractionType.HelpGiven, Day(), p, 3));
                    logged.Add(new(p, q, InteractionType.HelpReceived, Day(), p, 0));
                    // Advice received reads From = the giver, like the quick-log form's "they gave" option.
                    logged.Add(rng.NextDouble() < 0.5 ? new(q, p, InteractionType.Advice, Day(), p, 4) : new(p, q, InteractionType.Advice, Day(), p, 0));
                    break;
                default:
                    for (var i = 1 + rng.Next(2); i > 0; i--) logged.Add(new(p, q, InteractionType.Coffee, Day(), p, 1));
                    break;
            }
        }
    }

    static int Mentor(DemoOrganisation org, int[] departmentOf, Random rng, int p)
    {
        for (var attempt = 0; attempt < 30; attempt++)
        {
            var q = rng.Next(org.PeopleCount);
            if (departmentOf[q] != departmentOf[p] && org.Levels[q] >= org.Levels[p] + 1 && org.Levels[q] <= org.Levels[p] + 2) return q;
        }
        return -1;
    }

    static int Pick(Random rng, int n, Func<int, bool> accept)
    {
        for (var attempt = 0; attempt < 10; attempt++)
        {
            var q = rng.Next(n);
            if (accept(q)) return q;
        }
        return -1;
    }

    /// <summary>Per person, the department (depth-1 unit) they are in, or -1 (the CEO, division heads).</summary>
    static int[] Departments(DemoOrganisation org)
    {
        var unitDepartment = new int[org.Units.Count];
        for (var u = 0; u < org.Units.Count; u++)
        {
            var d = u;
            while (d >= 0 && org.Units[d].Depth > 1) d = org.Units[d].Parent;
            unitDepartment[u] = d >= 0 && org.Units[d].Depth == 1 ? d : -1;
        }
        return Array.ConvertAll(org.UnitOf, u => unitDepartment[u]);
    }

    /// <summary>
    /// CSR adjacency of the imported history: for person p, candidates[start[p]..start[p+1]) hold
    /// (int.MaxValue − total count) &lt;&lt; 32 | other, sorted, so the heaviest collaborators come first.
    /// </summary>
    static (int[] Start, long[] Candidates) Candidates(DemoOrganisation org)
    {
        var n = org.PeopleCount;
        var weights = new Dictionary<long, int>(org.Interactions.Length / 3);
        foreach (var i in org.Interactions)
        {
            if (i.From == i.To) continue;
            var key = ((long)Math.Min(i.From, i.To) * n) + Math.Max(i.From, i.To);
            weights[key] = weights.GetValueOrDefault(key) + i.Count;
        }
        var start = new int[n + 1];
        foreach (var key in weights.Keys)
        {
            start[(int)(key / n) + 1]++;
            start[(int)(key % n) + 1]++;
        }
        for (var p = 0; p < n; p++) start[p + 1] += start[p];
        var fill = (int[])start.Clone();
        var candidates = new long[start[n]];
        foreach (var (key, weight) in weights)
        {
            int a = (int)(key / n), b = (int)(key % n);
            var rank = (long)(int.MaxValue - weight) << 32;
            candidates[fill[a]++] = rank | (uint)b;
            candidates[fill[b]++] = rank | (uint)a;
        }
        for (var p = 0; p < n; p++) Array.Sort(candidates, start[p], start[p + 1] - start[p]);
        return (start, candidates);
    }

    static string?[] BuildTags()
    {
        var tags = new string?[1 + (RelationTags.Length * ExtraTags.Length)];
        for (var r = 0; r < RelationTags.Length; r++)
            for (var e = 0; e < ExtraTags.Length; e++)
                tags[1 + (r * ExtraTags.Length) + e] = NetworkEntryRules.JoinTags(ExtraTags[e] is { } extra ? [RelationTags[r], extra] : [RelationTags[r]]);
        return tags;
    }
}
