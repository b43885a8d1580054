using System.Globalization;
using System.Text;
using Mingle.Auth;

namespace Mingle.Demo;

/// <summary>
/// Builds a <see cref="DemoOrganisation"/>: structure first (divisions → departments → teams, each with its head),
/// then people's attributes, catalogue links and finally the interaction history. One seeded <see cref="Random"/>
/// drives everything in a fixed order, which is what makes the output reproducible.
/// </summary>
internal sealed class DemoGenerator
{
    const int Executives = 3; // CEO, chief of staff, executive assistant
    const double MeanTeamSize = 9.3;
    static readonly int[] IcLevelWeights = [22, 22, 20, 16, 11, 9]; // levels 1..6: the pyramid's base

    readonly int people;
    readonly int seed;
    readonly int weeks;
    readonly DateOnly today;
    readonly Random rng;
    readonly DemoDivisionTemplate[] divisions = DemoCatalogue.Divisions;
    readonly List<UnitDraft> units = [];

    readonly string[] names;
    readonly string[] emails;
    readonly string[] titles;
    readonly int[] unitOf;
    readonly int[] managerOf;
    readonly int[] locationOf;
    readonly byte[] levels;
    readonly DateOnly[] hireDates;
    readonly int[] divisionOf; // division template index, -1 in the executive office
    readonly int[] departmentOf; // unit index, -1 above departments
    readonly int[] teamOf; // unit index, -1 for heads
    readonly int[] namePool;
    readonly bool[] isManager;
    readonly string?[] languages;
    readonly string?[] bios;
    int next;

    public DemoGenerator(int people, int seed, int weeks, DateOnly today)
    {
        this.people = people;
        this.seed = seed;
        this.weeks = weeks;
        this.today = today;
        rng = new Random(seed);
        names = new string[people];
        emails = new string[people];
        titles = new string[people];
        unitOf = new int[people];
        managerOf = new int[people];
        locationOf = new int[people];
        levels = new byte[people];
        hireDates = new DateOnly[people];
        divisionOf = new int[people];
        departmentOf = new int[people];
        teamOf = new int[people];
        namePool = new int[people];
        isManager = new bool[people];
        languages = new string?[people];
        bios = new string?[people];
    }

    public DemoOrganisation Build()
    {
        BuildStructure();
        var special = PickSpecialPeople();
        AssignHireDates(special);
        AssignNames(special);
        var silos = PickSilos(special);
        var skills = new DemoSkillAssigner(rng, divisions, divisionOf, teamOf, levels, isManager);
        var personSkills = skills.Assign(people);
        var personInterests = AssignInterests();
        var (offers, asks) = AssignOffersAndAsks(personSkills);
        var peripheral = PickPeripheral();
        var bridges = PickBridges(silos, peripheral, special);
        AssignLanguagesAndBios(special, personSkills, personInterests);
        var roles = GrantRoles(special);

        var finalUnits = new DemoUnit[units.Count];
        for (var i = 0; i < finalUnits.Length; i++)
        {
            var u = units[i];
            finalUnits[i] = new DemoUnit(u.Name, u.Path, u.Parent, u.Depth, u.Function, u.Head, u.First, u.Count, silos.Contains(i));
        }
        var interactions = new DemoInteractionGenerator(rng, weeks, today, finalUnits, managerOf, departmentOf,
            divisionOf, teamOf, locationOf, hireDates, peripheral, bridges).Generate();

        return new DemoOrganisation
        {
            Seed = seed,
            Weeks = weeks,
            Today = today,
            Locations = Array.ConvertAll(DemoCatalogue.Locations,
                l => new DemoLocation(l.Name, l.City, l.Country, l.Region, l.TimeZone, l.UtcOffsetMinutes)),
            Units = finalUnits,
            Skills = DemoCatalogue.Skills,
            Interests = DemoCatalogue.Interests,
            Names = names,
            Emails = emails,
            Titles = titles,
            UnitOf = unitOf,
            ManagerOf = managerOf,
            LocationOf = locationOf,
            Levels = levels,
            HireDates = hireDates,
            Languages = languages,
            Bios = bios,
            Bridges = bridges,
            PersonSkills = personSkills,
            PersonInterests = personInterests,
            Offers = offers,
            Asks = asks,
            Interactions = interactions,
            Roles = roles,
        };
    }

    // ---- structure ---------------------------------------------------------------------------------------------

    void BuildStructure()
    {
        var plan = PlanTeams();
        var exec = AddUnit("Executive Office", "Executive Office", -1, 0, "Executive");
        var ceo = AddPerson(exec, -1, -1, 0, 10, "Chief Executive Officer", manager: true);
        AddPerson(exec, ceo, -1, 0, 8, "Chief of Staff", manager: false);
        AddPerson(exec, ceo, -1, 0, 4, "Executive Assistant", manager: false);
        units[exec].Head = ceo;
        units[exec].Count = next - units[exec].First;

        var team = 0;
        for (var d = 0; d < divisions.Length; d++)
        {
            var t = divisions[d];
            var division = AddUnit(t.Name, t.Name, -1, 0, t.Function);
            var divisionHead = AddPerson(division, ceo, d, PickLocation(d), 9, t.HeadTitle, manager: true);
            units[division].Head = divisionHead;
            var usedTeamNames = new HashSet<string>(StringComparer.Ordinal);
            for (var k = 0; k < plan.DepartmentTeams[d].Length; k++)
            {
                var deptName = k < t.Departments.Length
                    ? t.Departments[k]
                    : $"{t.Departments[k % t.Departments.Length]} {(k / t.Departments.Length) + 1}";
                var department = AddUnit(deptName, $"{t.Name}/{deptName}", division, 1, t.Function);
                var primary = PickLocation(d);
                var headTitle = t.Function == "Engineering" ? $"Director of Engineering, {deptName}" : $"Head of {deptName}";
                var deptHead = AddPerson(department, divisionHead, d, primary, 8, headTitle, manager: true);
                units[department].Head = deptHead;
                usedTeamNames.Clear();
                for (var j = 0; j < plan.DepartmentTeams[d][k]; j++)
                {
                    var teamName = PickTeamName(usedTeamNames);
                    var unit = AddUnit(teamName, $"{t.Name}/{deptName}/{teamName}", department, 2, t.Function);
                    // Teams are mostly co-located; a fifth sit away from their department's main site.
                    var teamLocation = rng.NextDouble() < 0.8 ? primary : PickLocation(d);
                    var managerLevel = rng.Next(100) switch { < 30 => 5, < 75 => 6, _ => 7 };
                    var managerTitle = managerLevel == 7 ? $"Senior {t.TeamManagerTitle}" : t.TeamManagerTitle;
                    var manager = AddPerson(unit, deptHead, d, teamLocation, managerLevel, managerTitle, manager: true);
                    units[unit].Head = manager;
                    for (var m = 1; m < plan.TeamSizes[team]; m++)
                    {
                        var level = PickIcLevel(managerLevel - 1);
                        var role = t.Roles[rng.Next(t.Roles.Length)];
                        var location = rng.NextDouble() < 0.9 ? teamLocation : PickLocation(d);
                        AddPerson(unit, manager, d, location, level, IcTitle(role, level, t.Function), manager: false);
                    }
                    units[unit].Count = next - units[unit].First;
                    team++;
                }
                units[department].Count = next - units[department].First;
            }
            units[division].Count = next - units[division].First;
        }
        if (next != people) throw new InvalidOperationException($"Planned {next} people instead of {people}.");
    }

    TeamPlan PlanTeams()
    {
        var teams = Math.Max(divisions.Length, (int)Math.Round((people - Executives - divisions.Length) / MeanTeamSize));
        var perDivision = Apportion(teams, Array.ConvertAll(divisions, d => d.Weight), minimum: 1);
        // Bigger organisations get bigger departments: 3 teams each at 300 people, 12 at 200,000.
        var teamsPerDepartment = Math.Clamp((int)Math.Round(2 + (0.7 * Math.Log2(teams))), 3, 12);
        var departmentTeams = new int[divisions.Length][];
        var departments = 0;
        for (var d = 0; d < divisions.Length; d++)
        {
            var count = Math.Max(1, (int)Math.Round(perDivision[d] / (double)teamsPerDepartment));
            var shares = new int[count];
            for (var k = 0; k < count; k++) shares[k] = 60 + rng.Next(80); // departments differ in size
            departmentTeams[d] = Apportion(perDivision[d], shares, minimum: 1);
            departments += count;
        }
        var inTeams = people - Executives - divisions.Length - departments;
        if (inTeams < 4 * teams || inTeams > 12 * teams)
            throw new InvalidOperationException($"Cannot fit {inTeams} people into {teams} teams of 4–12.");
        var sizes = new int[teams];
        var sum = 0;
        for (var i = 0; i < teams; i++) sum += sizes[i] = 4 + rng.Next(5) + rng.Next(5);
        while (sum != inTeams)
        {
            var i = rng.Next(teams);
            if (sum < inTeams && sizes[i] < 12) { sizes[i]++; sum++; }
            else if (sum > inTeams && sizes[i] > 4) { sizes[i]--; sum--; }
        }
        return new TeamPlan(departmentTeams, sizes);
    }

    /// <summary>Splits <paramref name="total"/> by weight (largest remainder), each share at least <paramref name="minimum"/>.</summary>
    static int[] Apportion(int total, int[] weights, int minimum)
    {
        var result = new int[weights.Length];
        var rest = total - (minimum * weights.Length);
        double weightSum = 0;
        foreach (var w in weights) weightSum += w;
        var given = 0;
        var remainders = new double[weights.Length];
        for (var i = 0; i < weights.Length; i++)
        {
            var exact = rest * weights[i] / weightSum;
            result[i] = minimum + (int)exact;
            remainders[i] = exact - (int)exact;
            given += (int)exact;
        }
        for (; given < rest; given++)
        {
            var best = 0;
            for (var i = 1; i < remainders.Length; i++) if (remainders[i] > remainders[best]) best = i;
            result[best]++;
            remainders[best] = -1;
        }
        return result;
    }

    int AddUnit(string name, string path, int parent, int depth, string function)
    {
        units.Add(new UnitDraft(name, path, parent, depth, function) { First = next });
        return units.Count - 1;
    }

    int AddPerson(int unit, int reportsTo, int division, int location, int level, string title, bool manager)
    {
        var p = next++;
        unitOf[p] = unit;
        managerOf[p] = reportsTo;
        divisionOf[p] = division;
        locationOf[p] = location;
        levels[p] = (byte)level;
        titles[p] = title;
        isManager[p] = manager;
        var depth = units[unit].Depth;
        departmentOf[p] = depth == 1 ? unit : depth == 2 ? units[unit].Parent : -1;
        teamOf[p] = depth == 2 ? unit : -1;
        return p;
    }

    int PickLocation(int division) => Pick(divisions[division].LocationWeights);

    int PickIcLevel(int cap)
    {
        var total = 0;
        for (var l = 0; l < Math.Min(cap, IcLevelWeights.Length); l++) total += IcLevelWeights[l];
        var r = rng.Next(total);
        for (var l = 0; ; l++)
        {
            r -= IcLevelWeights[l];
            if (r < 0) return l + 1;
        }
    }

    string PickTeamName(HashSet<string> used)
    {
        var words = DemoCatalogue.TeamNames;
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var name = words[rng.Next(words.Length)];
            if (used.Add(name)) return name;
        }
        for (var i = 2; ; i++)
        {
            var name = $"{words[rng.Next(words.Length)]} {i}";
            if (used.Add(name)) return name;
        }
    }

    static string IcTitle(string role, int level, string function) => level switch
    {
        1 => $"Associate {role}",
        2 => role,
        3 => $"{role} II",
        4 => $"Senior {role}",
        5 => function is "Engineering" or "Data" ? $"Staff {role}" : $"Lead {role}",
        _ => $"Principal {role}",
    };

    int Pick(int[] weights)
    {
        var total = 0;
        foreach (var w in weights) total += w;
        var r = rng.Next(total);
        for (var i = 0; ; i++)
        {
            r -= weights[i];
            if (r < 0) return i;
        }
    }

    // ---- people ------------------------------------------------------------------------------------------------

    /// <summary>The well-known demo logins (<see cref="DemoLogins"/>), placed in ordinary teams.</summary>
    SpecialPeople PickSpecialPeople()
    {
        int FirstTeamOf(string division)
        {
            var d = Array.FindIndex(divisions, t => t.Name == division);
            foreach (var u in units)
                if (u.Depth == 2 && divisionOf[u.First] == d) return u.First;
            throw new InvalidOperationException($"No team in {division}.");
        }
        var people = FirstTeamOf("People");
        var engineering = FirstTeamOf("Engineering");
        var special = new SpecialPeople(
            Ceo: 0,
            Analyst: people + 1,
            ProgrammeOwner: people + 2,
            Admin: FirstTeamOf("Operations") + 1,
            CommunityOwner: units[unitOf[FirstTeamOf("Data")]].Head,
            Newcomer: engineering + 1,
            Bridge: FirstTeamOf("Product") + 1);
        titles[special.Analyst] = "People Analytics Lead";
        titles[special.ProgrammeOwner] = "Programme Lead, Learning & Development";
        titles[special.Admin] = "IT Systems Administrator";
        titles[special.Bridge] = "Senior Product Manager";
        titles[special.Newcomer] = "Software Engineer";
        levels[special.Newcomer] = 2;
        foreach (var p in new[] { special.Analyst, special.ProgrammeOwner, special.Admin, special.Bridge })
            levels[p] = (byte)Math.Min(4, levels[managerOf[p]] - 1);
        return special;
    }

    void AssignHireDates(SpecialPeople special)
    {
        const int fifteenYears = 15 * 365;
        for (var p = 0; p < people; p++)
        {
            int daysBack;
            if (p == 0) daysBack = 12 * 365 + rng.Next(365);
            else if (levels[p] >= 8) daysBack = 1095 + rng.Next(fifteenYears - 1095);
            else if (isManager[p]) daysBack = 365 + rng.Next(fifteenYears - 365);
            else if (levels[p] <= 3 && rng.NextDouble() < 0.025) daysBack = 1 + rng.Next(29); // newcomers
            else
            {
                // A growing company: many recent hires among juniors, seniors spread over the whole history.
                var u = rng.NextDouble();
                daysBack = 31 + (int)((fifteenYears - 31) * Math.Pow(u, levels[p] <= 3 ? 1.8 : 1.0));
            }
            hireDates[p] = today.AddDays(-Math.Min(daysBack, fifteenYears));
        }
        hireDates[special.Newcomer] = today.AddDays(-5);
        foreach (var p in new[] { special.Analyst, special.ProgrammeOwner, special.Admin, special.Bridge })
            if (hireDates[p] > today.AddDays(-400)) hireDates[p] = today.AddDays(-400 - rng.Next(1500));
    }

    void AssignNames(SpecialPeople special)
    {
        var taken = new Dictionary<string, int>(people, StringComparer.Ordinal);
        var fixedNames = new Dictionary<int, (string First, string Last, int Pool)>
        {
            [special.Ceo] = ("Helena", "Marques", DemoNames.Portuguese),
            [special.Analyst] = ("Ana", "Ribeiro", DemoNames.Portuguese),
            [special.Admin] = ("Sam", "Okafor", DemoNames.African),
            [special.ProgrammeOwner] = ("Priya", "Raman", DemoNames.Indian),
            [special.CommunityOwner] = ("Lukas", "Becker", DemoNames.German),
            [special.Newcomer] = ("Tomás", "Silva", DemoNames.Portuguese),
            [special.Bridge] = ("Mei", "Tan", DemoNames.Chinese),
        };
        foreach (var (p, (first, last, pool)) in fixedNames) SetName(p, first, last, pool, taken);
        for (var p = 0; p < people; p++)
        {
            if (fixedNames.ContainsKey(p)) continue;
            var pool = Pick(DemoCatalogue.Locations[locationOf[p]].NamePoolWeights);
            var (firsts, lasts) = DemoNames.Pools[pool];
            SetName(p, firsts[rng.Next(firsts.Length)], lasts[rng.Next(lasts.Length)], pool, taken);
        }
    }

    void SetName(int p, string first, string last, int pool, Dictionary<string, int> taken)
    {
        names[p] = $"{first} {last}";
        namePool[p] = pool;
        var key = $"{Slug(first)}.{Slug(last)}";
        ref var count = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(taken, key, out _);
        count++;
        emails[p] = count == 1 ? $"{key}@{DemoLogins.Domain}" : $"{key}{count}@{DemoLogins.Domain}";
    }

    /// <summary>ASCII, lower-case letters and digits only: "Tomás" → "tomas", "Min-jun" → "minjun".</summary>
    static string Slug(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            var lower = char.ToLowerInvariant(c);
            if (lower is >= 'a' and <= 'z' or >= '0' and <= '9') builder.Append(lower);
            else if (lower == 'ł') builder.Append('l');
            else if (lower == 'ı') builder.Append('i');
        }
        return builder.ToString();
    }

    HashSet<int> PickSilos(SpecialPeople special)
    {
        var candidates = new List<int>();
        var all = new List<int>();
        for (var u = 0; u < units.Count; u++)
        {
            if (units[u].Depth != 1 || divisions[divisionOf[units[u].First]].Name == "People") continue;
            if (special.All.Any(p => departmentOf[p] == u)) continue;
            all.Add(u);
            if (units[u].Count >= 12) candidates.Add(u);
        }
        if (candidates.Count < 2) candidates = all;
        var departments = units.Count(u => u.Depth == 1);
        var wanted = departments < 60 ? (departments >= 12 ? 3 : 2) : departments / 20;
        var silos = new HashSet<int>();
        while (silos.Count < Math.Min(wanted, candidates.Count)) silos.Add(candidates[rng.Next(candidates.Count)]);
        return silos;
    }

    DemoPersonInterest[] AssignInterests()
    {
        var catalogue = DemoCatalogue.Interests;
        // A long tail: running and cooking are common, birdwatching rare.
        var cumulative = new double[catalogue.Length];
        double total = 0;
        for (var i = 0; i < cumulative.Length; i++) cumulative[i] = total += 1.0 / (1 + (i * 0.15));
        var result = new List<DemoPersonInterest>(people * 5 / 2);
        Span<int> chosen = stackalloc int[4];
        for (var p = 0; p < people; p++)
        {
            var count = 1 + rng.Next(4);
            var have = 0;
            for (var attempt = 0; attempt < 12 && have < count; attempt++)
            {
                var index = Array.BinarySearch(cumulative, rng.NextDouble() * total);
                if (index < 0) index = Math.Min(~index, cumulative.Length - 1);
                if (chosen[..have].Contains(index)) continue;
                chosen[have++] = index;
                result.Add(new DemoPersonInterest(p, index));
            }
        }
        return [.. result];
    }

    (DemoOffer[] Offers, DemoAsk[] Asks) AssignOffersAndAsks(DemoPersonSkill[] skills)
    {
        var offers = new List<DemoOffer>(people / 3);
        var asks = new List<DemoAsk>(people / 4);
        var catalogue = DemoCatalogue.Skills;
        var start = 0;
        while (start < skills.Length)
        {
            var p = skills[start].Person;
            var end = start;
            while (end < skills.Length && skills[end].Person == p) end++;
            if (rng.NextDouble() < 0.3)
            {
                // Offer the strongest skill they would teach, else their strongest.
                var best = start;
                for (var i = start; i < end; i++)
                    if ((skills[i].CanTeach ? 10 : 0) + skills[i].Level > (skills[best].CanTeach ? 10 : 0) + skills[best].Level) best = i;
                if (skills[best].Level >= 3)
                {
                    var template = DemoCatalogue.OfferTemplates[rng.Next(DemoCatalogue.OfferTemplates.Length)];
                    offers.Add(new DemoOffer(p, string.Format(CultureInfo.InvariantCulture, template, catalogue[skills[best].Skill].Name), skills[best].Skill));
                }
            }
            if (rng.NextDouble() < 0.04)
            {
                var city = DemoCatalogue.Locations[locationOf[p]].City;
                offers.Add(new DemoOffer(p, $"Happy to show newcomers around {city}", -1));
            }
            if (rng.NextDouble() < 0.2)
            {
                var learn = -1;
                for (var i = start; i < end; i++) if (skills[i].WantsToLearn) { learn = i; break; }
                var isOpen = rng.NextDouble() < 0.85;
                if (learn >= 0)
                {
                    var template = DemoCatalogue.AskTemplates[rng.Next(DemoCatalogue.AskTemplates.Length)];
                    asks.Add(new DemoAsk(p, string.Format(CultureInfo.InvariantCulture, template, catalogue[skills[learn].Skill].Name), skills[learn].Skill, isOpen));
                }
                else if (divisionOf[p] >= 0)
                {
                    var other = divisions[(divisionOf[p] + 1 + rng.Next(divisions.Length - 1)) % divisions.Length];
                    asks.Add(new DemoAsk(p, $"I'd like to understand how {other.Name} works — anyone up for a coffee?", -1, isOpen));
                }
            }
            start = end;
        }
        return ([.. offers], [.. asks]);
    }

    /// <summary>Newcomers and a few quiet long-timers: people with few ties, by design.</summary>
    bool[] PickPeripheral()
    {
        var peripheral = new bool[people];
        var recent = today.AddDays(-30);
        for (var p = 0; p < people; p++)
            peripheral[p] = hireDates[p] > recent || (!isManager[p] && rng.NextDouble() < 0.03);
        return peripheral;
    }

    int[] PickBridges(HashSet<int> silos, bool[] peripheral, SpecialPeople special)
    {
        var bridges = new List<int> { special.Bridge };
        for (var u = 0; u < units.Count; u++)
        {
            var unit = units[u];
            if (unit.Depth != 1 || silos.Contains(u)) continue;
            var wanted = Math.Max(1, (int)Math.Round(unit.Count / 60.0));
            for (var attempt = 0; attempt < wanted * 5 && wanted > 0; attempt++)
            {
                var p = unit.First + 1 + rng.Next(unit.Count - 1);
                if (peripheral[p] || isManager[p] || bridges.Contains(p)) continue;
                bridges.Add(p);
                wanted--;
            }
        }
        bridges.Sort();
        return [.. bridges];
    }

    void AssignLanguagesAndBios(SpecialPeople special, DemoPersonSkill[] skills, DemoPersonInterest[] interests)
    {
        string[] poolLanguage = ["Portuguese", "English", "German", "Spanish", "Hindi", "Mandarin", "Malay", "French",
            "Arabic", "Japanese", "Polish", "Italian"];
        var firstSkill = FirstIndexByPerson(skills.Length, i => skills[i].Person);
        var firstInterest = FirstIndexByPerson(interests.Length, i => interests[i].Person);
        var specialPeople = special.All;
        for (var p = 0; p < people; p++)
        {
            var isSpecial = Array.IndexOf(specialPeople, p) >= 0;
            if (isSpecial || rng.NextDouble() < 0.12)
            {
                var site = DemoCatalogue.Locations[locationOf[p]].Languages;
                var own = poolLanguage[namePool[p]];
                languages[p] = site.Contains(own, StringComparison.Ordinal) ? site : $"{site}, {own}";
            }
            if (isSpecial || rng.NextDouble() < 0.05)
            {
                var unit = units[unitOf[p]];
                var bio = new StringBuilder(unit.Depth == 2
                    ? $"{titles[p]} on the {unit.Name} team in {units[unit.Parent].Name}."
                    : $"{titles[p]}, {unit.Name}.");
                var (best, second) = StrongestSkills(skills, firstSkill[p]);
                if (second >= 0)
                    bio.Append(CultureInfo.InvariantCulture, $" Ask me about {DemoCatalogue.Skills[skills[best].Skill].Name} and {DemoCatalogue.Skills[skills[second].Skill].Name}.");
                var i = firstInterest[p];
                if (i >= 0) bio.Append(CultureInfo.InvariantCulture, $" Outside work: {DemoCatalogue.Interests[interests[i].Interest].ToLowerInvariant()}.");
                bios[p] = bio.ToString();
            }
        }
    }

    /// <summary>The person's two highest-level declared skills (not the ones they only want to learn), or -1.</summary>
    static (int Best, int Second) StrongestSkills(DemoPersonSkill[] skills, int start)
    {
        var (best, second) = (-1, -1);
        if (start < 0) return (best, second);
        for (var i = start; i < skills.Length && skills[i].Person == skills[start].Person; i++)
        {
            if (skills[i].WantsToLearn) continue;
            if (best < 0 || skills[i].Level > skills[best].Level) (best, second) = (i, best);
            else if (second < 0 || skills[i].Level > skills[second].Level) second = i;
        }
        return (best, second);
    }

    int[] FirstIndexByPerson(int length, Func<int, int> personAt)
    {
        var first = new int[people];
        Array.Fill(first, -1);
        for (var i = length - 1; i >= 0; i--) first[personAt(i)] = i;
        return first;
    }

    DemoRoleGrant[] GrantRoles(SpecialPeople special)
    {
        var roles = new List<DemoRoleGrant>
        {
            new(special.Admin, Role.Admin),
            new(special.Analyst, Role.Analyst),
            new(special.ProgrammeOwner, Role.ProgrammeOwner),
            new(special.CommunityOwner, Role.CommunityOwner),
            new(special.Bridge, Role.CommunityOwner),
            new(1, Role.Analyst), // chief of staff
        };
        // The People division's head sees analytics; a few team leads run communities of practice.
        foreach (var u in units)
        {
            if (u.Depth == 0 && u.Name == "People") roles.Add(new(u.Head, Role.Analyst));
            if (u.Depth == 0 && u.Name == "Operations") roles.Add(new(u.Head, Role.Admin));
        }
        var owners = 0;
        foreach (var u in units)
        {
            if (u.Depth != 2 || owners >= 3 || u.Head == special.CommunityOwner) continue;
            if (divisions[divisionOf[u.First]].Name is "Data" or "Sales" or "Customer Success" && !roles.Any(r => r.Person == u.Head))
            {
                roles.Add(new(u.Head, Role.CommunityOwner));
                owners++;
            }
        }
        return [.. roles];
    }

    sealed class UnitDraft(string name, string path, int parent, int depth, string function)
    {
        public string Name { get; } = name;
        public string Path { get; } = path;
        public int Parent { get; } = parent;
        public int Depth { get; } = depth;
        public string Function { get; } = function;
        public int Head { get; set; } = -1;
        public int First { get; set; }
        public int Count { get; set; }
    }

    sealed record TeamPlan(int[][] DepartmentTeams, int[] TeamSizes);

    sealed record SpecialPeople(int Ceo, int Analyst, int ProgrammeOwner, int Admin, int CommunityOwner, int Newcomer, int Bridge)
    {
        public int[] All { get; } = [Ceo, Analyst, ProgrammeOwner, Admin, CommunityOwner, Newcomer, Bridge];
    }
}
