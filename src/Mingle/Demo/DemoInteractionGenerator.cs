using Mingle.Network;

namespace Mingle.Demo;

/// <summary>
/// Weekly collaboration metadata with the structure real organisations show: dense inside teams, managers in
/// regular 1:1s with their reports, weaker ties across a department, sparse ties across the company carried
/// mostly by a few bridges, near-silo departments that keep to themselves and newcomers on the periphery.
/// Each tie is a pair with a weekly rate; every week it fires gives one aggregated row (type, count).
/// About 25 rows per person over 26 weeks.
/// </summary>
internal sealed class DemoInteractionGenerator(Random rng, int weeks, DateOnly today, DemoUnit[] units, int[] managerOf,
    int[] departmentOf, int[] divisionOf, int[] teamOf, int[] locationOf, DateOnly[] hireDates, bool[] peripheral,
    int[] bridges)
{
    const double ManagerRate = 0.27, NewcomerManagerRate = 0.8, TeammateRate = 0.12, DepartmentRate = 0.09,
        LeaderPeerRate = 0.12, CrossRate = 0.09, BridgeRate = 0.13;
    const double CrossTiesPerPerson = 1.2, SiloCrossTiesPerPerson = 0.04, SiloAcceptance = 0.03;

    readonly int people = managerOf.Length;
    readonly List<DemoInteraction> rows = new(managerOf.Length * 27);
    readonly int[] firstDay = new int[managerOf.Length];
    readonly int[] weekdays = new int[weeks * 5];
    readonly int[] utcOffset = Array.ConvertAll(DemoCatalogue.Locations, l => l.UtcOffsetMinutes);
    readonly int totalMinutes = weeks * 7 * 24 * 60;

    enum Tie { Manager, Teammate, Department, LeaderPeer, Cross }

    public DemoInteraction[] Generate()
    {
        var windowStart = today.AddDays(-7 * weeks);
        for (var p = 0; p < people; p++) firstDay[p] = Math.Max(0, hireDates[p].DayNumber - windowStart.DayNumber);
        var filled = 0;
        for (var d = 0; d < weeks * 7; d++)
            if (windowStart.AddDays(d).DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)) weekdays[filled++] = d;

        var recent = today.AddDays(-30);
        for (var p = 0; p < people; p++)
            if (managerOf[p] >= 0) Pair(p, managerOf[p], Tie.Manager, hireDates[p] > recent ? NewcomerManagerRate : ManagerRate);

        foreach (var unit in units)
        {
            if (unit.Depth == 2) Teammates(unit);
        }
        DepartmentTies();
        LeaderPeers();
        CrossTies();
        return [.. rows];
    }

    void Teammates(DemoUnit team)
    {
        // The manager's ties are the 1:1s above; these are the peers.
        var end = team.FirstPerson + team.PersonCount;
        for (var a = team.FirstPerson + 1; a < end; a++)
            for (var b = a + 1; b < end; b++)
            {
                var rate = TeammateRate * Affinity() * (peripheral[a] || peripheral[b] ? 0.35 : 1);
                Pair(a, b, Tie.Teammate, rate);
            }
    }

    void DepartmentTies()
    {
        for (var p = 0; p < people; p++)
        {
            if (teamOf[p] < 0 || peripheral[p]) continue;
            var department = units[departmentOf[p]];
            if (department.PersonCount <= units[teamOf[p]].PersonCount + 1) continue; // a single team
            var ties = rng.NextDouble() < 0.5 ? 2 : 1;
            for (var attempt = 0; attempt < ties * 4 && ties > 0; attempt++)
            {
                var q = department.FirstPerson + 1 + rng.Next(department.PersonCount - 1);
                if (teamOf[q] == teamOf[p] || peripheral[q]) continue;
                Pair(p, q, Tie.Department, DepartmentRate * Affinity());
                ties--;
            }
        }
    }

    /// <summary>Team managers of one department meet, as do a division's department heads and the CEO's directs.</summary>
    void LeaderPeers()
    {
        var children = new List<int>[units.Length];
        for (var u = 0; u < units.Length; u++) children[u] = [];
        var roots = new List<int>();
        for (var u = 0; u < units.Length; u++)
        {
            if (units[u].Parent >= 0) children[units[u].Parent].Add(u);
            else if (units[u].Head != 0) roots.Add(u);
        }
        for (var u = 0; u < units.Length; u++) PeerGroup(children[u]);
        PeerGroup(roots);
    }

    void PeerGroup(List<int> group)
    {
        for (var i = 0; i < group.Count; i++)
            for (var j = i + 1; j < group.Count; j++)
            {
                var a = units[group[i]];
                var b = units[group[j]];
                // A near-silo department's head barely shows up among peers either.
                var rate = LeaderPeerRate * (a.IsSilo || b.IsSilo ? 0.15 : 1);
                Pair(a.Head, b.Head, Tie.LeaderPeer, rate);
            }
    }

    void CrossTies()
    {
        var divisionFirst = new Dictionary<int, DemoUnit>();
        foreach (var unit in units)
            if (unit.Depth == 0 && unit.Head > 0) divisionFirst[divisionOf[unit.Head]] = unit;
        for (var p = 0; p < people; p++)
        {
            if (peripheral[p] || departmentOf[p] < 0) continue;
            var silo = units[departmentOf[p]].IsSilo;
            var expected = silo ? SiloCrossTiesPerPerson : CrossTiesPerPerson;
            var ties = (int)expected + (rng.NextDouble() < expected - (int)expected ? 1 : 0);
            for (var t = 0; t < ties; t++) CrossTie(p, divisionFirst[divisionOf[p]], CrossRate);
        }
        foreach (var b in bridges)
        {
            if (departmentOf[b] < 0) continue;
            var ties = 8 + rng.Next(7);
            for (var t = 0; t < ties; t++) CrossTie(b, divisionFirst[divisionOf[b]], BridgeRate);
        }
    }

    void CrossTie(int p, DemoUnit division, double rate)
    {
        for (var attempt = 0; attempt < 6; attempt++)
        {
            // Most cross-department ties stay inside the division.
            var q = rng.NextDouble() < 0.6
                ? division.FirstPerson + rng.Next(division.PersonCount)
                : rng.Next(people);
            if (q == p || departmentOf[q] == departmentOf[p] || departmentOf[q] < 0 || peripheral[q]) continue;
            if (units[departmentOf[q]].IsSilo && rng.NextDouble() > SiloAcceptance) continue;
            Pair(p, q, Tie.Cross, rate * Affinity());
            return;
        }
    }

    double Affinity() => 0.4 + (1.2 * rng.NextDouble());

    void Pair(int a, int b, Tie tie, double rate)
    {
        var minDay = Math.Max(firstDay[a], firstDay[b]);
        for (var w = minDay / 7; w < weeks; w++)
            if (rng.NextDouble() < rate) Emit(a, b, tie, w, minDay);
    }

    void Emit(int a, int b, Tie tie, int week, int minDay)
    {
        var day = weekdays[(week * 5) + rng.Next(5)];
        if (day < minDay)
        {
            // Joined mid-week: only the days after the hire date count.
            var first = week * 5;
            while (first < (week * 5) + 5 && weekdays[first] < minDay) first++;
            if (first == (week * 5) + 5) return;
            day = weekdays[first + rng.Next((week * 5) + 5 - first)];
        }
        var r = rng.NextDouble();
        (InteractionType type, int count) = tie switch
        {
            Tie.Manager => r < 0.85 ? (InteractionType.Meeting, 1) : (InteractionType.Call, 1),
            Tie.Teammate => r < 0.6 ? (InteractionType.Message, 2 + rng.Next(8) + rng.Next(8))
                : r < 0.85 ? (InteractionType.Meeting, rng.NextDouble() < 0.2 ? 2 : 1)
                : (InteractionType.Call, 1),
            Tie.Department => r < 0.45 ? (InteractionType.Message, 1 + rng.Next(6))
                : r < 0.75 ? (InteractionType.Meeting, 1)
                : r < 0.85 ? (InteractionType.Call, 1)
                : (InteractionType.Help, 1),
            Tie.LeaderPeer => r < 0.7 ? (InteractionType.Meeting, 1) : (InteractionType.Message, 1 + rng.Next(8)),
            _ => r < 0.35 ? (InteractionType.Meeting, 1)
                : r < 0.65 ? (InteractionType.Message, 1 + rng.Next(5))
                : r < 0.85 ? (InteractionType.Help, 1)
                : r < 0.95 ? (InteractionType.Coffee, 1)
                : (InteractionType.Call, 1),
        };
        var (from, to) = rng.NextDouble() < 0.5 ? (a, b) : (b, a);
        // Working hours (09:00–17:00) where the initiator sits.
        var minute = (day * 1440) + 540 + rng.Next(480) - utcOffset[locationOf[from]];
        rows.Add(new DemoInteraction(from, to, type, Math.Clamp(minute, 0, totalMinutes - 1), (short)count));
    }
}
