using Mingle.Demo;
using Mingle.Network;
using Xunit.Abstractions;

namespace Mingle.Tests.Demo;

public sealed class DemoOrganisationTests(ITestOutputHelper output)
{
    static readonly DateOnly Today = new(2026, 11, 23);
    static readonly Lazy<DemoOrganisation> Thousand = new(() => DemoOrganisation.Generate(1000, 7, 26, Today));

    static DemoOrganisation Org => Thousand.Value;

    [Fact]
    public void Generate_SameSeed_GivesIdenticalOrganisation()
    {
        var again = DemoOrganisation.Generate(1000, 7, 26, Today);
        Assert.Equal(DemoFingerprint.Of(Org), DemoFingerprint.Of(again));
    }

    [Fact]
    public void Generate_DifferentSeed_GivesDifferentOrganisation()
    {
        var other = DemoOrganisation.Generate(1000, 8, 26, Today);
        Assert.NotEqual(DemoFingerprint.Of(Org), DemoFingerprint.Of(other));
        Assert.NotEqual(Org.Names, other.Names);
    }

    [Theory]
    [InlineData(100)]
    [InlineData(300)]
    [InlineData(1000)]
    [InlineData(5003)]
    public void Generate_HasExactlyTheRequestedPeopleAndTeamsOfFourToTwelve(int people)
    {
        var org = DemoOrganisation.Generate(people, 3, 4, Today);
        Assert.Equal(people, org.PeopleCount);
        var teams = org.Units.Where(u => u.Depth == 2).ToList();
        Assert.InRange(teams.Count, people / 12, people / 6);
        Assert.All(teams, t => Assert.InRange(t.PersonCount, 4, 12));
        var members = org.UnitOf.CountBy(u => u).ToDictionary();
        for (var u = 0; u < org.Units.Count; u++)
            if (org.Units[u].Depth == 2) Assert.Equal(org.Units[u].PersonCount, members[u]);
    }

    [Fact]
    public void Teams_EachHaveAManagerInTheTeamWhomMembersReportTo()
    {
        var units = Org.Units;
        for (var u = 0; u < units.Count; u++)
        {
            var team = units[u];
            if (team.Depth != 2) continue;
            Assert.Equal(u, Org.UnitOf[team.Head]);
            for (var p = team.FirstPerson + 1; p < team.FirstPerson + team.PersonCount; p++)
            {
                Assert.Equal(u, Org.UnitOf[p]);
                Assert.Equal(team.Head, Org.ManagerOf[p]);
            }
            // The team manager reports to the department head.
            Assert.Equal(units[team.Parent].Head, Org.ManagerOf[team.Head]);
        }
    }

    [Fact]
    public void ReportingChain_HasOneCeoNoCyclesAndManagersAboveReports()
    {
        var roots = Enumerable.Range(0, Org.PeopleCount).Where(p => Org.ManagerOf[p] < 0).ToList();
        Assert.Equal([0], roots);
        Assert.Equal(10, Org.Levels[0]);
        Assert.Equal("Chief Executive Officer", Org.Titles[0]);
        for (var p = 0; p < Org.PeopleCount; p++)
        {
            var steps = 0;
            for (var m = p; Org.ManagerOf[m] >= 0; m = Org.ManagerOf[m])
            {
                Assert.True(++steps < 10, $"person {p} has a manager chain that does not reach the CEO");
                Assert.True(Org.Levels[Org.ManagerOf[m]] > Org.Levels[m], $"{Org.Titles[m]} ({Org.Levels[m]}) is not below their manager");
            }
        }
    }

    [Fact]
    public void Units_FormAThreeLevelTreeWithTheDivisionsFunction()
    {
        var units = Org.Units;
        Assert.Equal(units.Count, units.Select(u => u.Path).Distinct().Count());
        Assert.True(units.Count(u => u.Depth == 0) >= 10);
        foreach (var unit in units.Where(u => u.Parent >= 0))
        {
            var parent = units[unit.Parent];
            Assert.Equal(unit.Depth - 1, parent.Depth);
            Assert.Equal(parent.Function, unit.Function);
            Assert.Equal($"{parent.Path}/{unit.Name}", unit.Path);
        }
        Assert.Contains(units, u => u.Function == "Engineering" && u.Depth == 2);
        Assert.Contains(units, u => u.Function == "Sales" && u.Depth == 2);
    }

    [Fact]
    public void Locations_SpanSixSitesThreeCountriesAndTimeZones_AndTeamsMostlyCoLocated()
    {
        Assert.True(Org.Locations.Count >= 6);
        Assert.True(Org.Locations.Select(l => l.Country).Distinct().Count() >= 3);
        Assert.True(Org.Locations.Select(l => l.TimeZone).Distinct().Count() >= 3);
        Assert.All(Org.Locations, l => TimeZoneInfo.FindSystemTimeZoneById(l.TimeZone));
        Assert.Equal(Org.Locations.Count, Enumerable.Range(0, Org.PeopleCount).Select(p => Org.LocationOf[p]).Distinct().Count());
        var teams = Org.Units.Where(u => u.Depth == 2).ToList();
        var atManagersSite = teams.Sum(t => Enumerable.Range(t.FirstPerson, t.PersonCount).Count(p => Org.LocationOf[p] == Org.LocationOf[t.Head]));
        Assert.True(atManagersSite > 0.8 * teams.Sum(t => t.PersonCount));
    }

    [Fact]
    public void Levels_FormAPyramid()
    {
        var counts = new int[11];
        foreach (var l in Org.Levels) counts[l]++;
        output.WriteLine(string.Join(", ", counts.Skip(1).Select((c, i) => $"L{i + 1}:{c}")));
        Assert.All(Org.Levels, l => Assert.InRange(l, 1, 10));
        Assert.Equal(1, counts[10]);
        var low = counts[1] + counts[2] + counts[3];
        var mid = counts[4] + counts[5] + counts[6];
        var high = counts[7] + counts[8] + counts[9] + counts[10];
        Assert.True(low > mid && mid > 2 * high, $"low {low}, mid {mid}, high {high}");
        for (var l = 3; l < 10; l++) Assert.True(counts[l] >= counts[l + 1], $"level {l} has fewer people than level {l + 1}");
    }

    [Fact]
    public void People_HaveUniqueEmailsAndIds_HireDatesOverFifteenYears_AndNewcomers()
    {
        Assert.Equal(Org.PeopleCount, Org.Emails.Distinct().Count());
        Assert.All(Org.Emails, e => Assert.Matches(@"^[a-z0-9]+\.[a-z0-9]+\d*@demo\.mingle\.example$", e));
        Assert.Equal("E000001", DemoOrganisation.EmployeeId(0));
        Assert.All(Org.HireDates, d => Assert.InRange(d, Today.AddYears(-15).AddDays(-5), Today));
        Assert.True(Org.HireDates.Min() < Today.AddYears(-12));
        var newcomers = Enumerable.Range(0, Org.PeopleCount).Where(Org.IsNewcomer).ToList();
        output.WriteLine($"newcomers: {newcomers.Count}");
        Assert.InRange(newcomers.Count, 5, 60);
        Assert.All(newcomers, p => Assert.True(Org.Levels[p] <= 3));
    }

    [Fact]
    public void WellKnownLogins_ExistWithTheirRoles()
    {
        int Person(string email)
        {
            var p = Org.IndexOf(email);
            Assert.True(p >= 0, $"{email} missing");
            return p;
        }
        Assert.Equal(0, Person(DemoLogins.Ceo));
        Assert.Contains(new DemoRoleGrant(Person(DemoLogins.Analyst), "Analyst"), Org.Roles);
        Assert.Contains(new DemoRoleGrant(Person(DemoLogins.Admin), "Admin"), Org.Roles);
        Assert.Contains(new DemoRoleGrant(Person(DemoLogins.ProgrammeOwner), "ProgrammeOwner"), Org.Roles);
        Assert.Contains(new DemoRoleGrant(Person(DemoLogins.CommunityOwner), "CommunityOwner"), Org.Roles);
        Assert.True(Org.IsNewcomer(Person(DemoLogins.Newcomer)));
        Assert.Contains(Person(DemoLogins.Bridge), Org.Bridges);
        Assert.Equal("People", Org.Units[Org.UnitOf[Person(DemoLogins.Analyst)]].Function);
    }

    [Fact]
    public void Skills_CorrelateWithFunction()
    {
        double Share(string function, string category)
        {
            var ofFunction = Org.PersonSkills.Where(s => Org.Units[Org.UnitOf[s.Person]].Function == function).ToList();
            return ofFunction.Count(s => Org.Skills[s.Skill].Category == category) / (double)ofFunction.Count;
        }
        var engineers = Share("Engineering", "Engineering");
        var sellers = Share("Sales", "Engineering");
        output.WriteLine($"engineering skills: engineers {engineers:P0}, sales {sellers:P0}");
        Assert.True(engineers > 0.5);
        Assert.True(engineers > 10 * sellers);
        Assert.True(Share("Sales", "Sales") > 5 * Share("Engineering", "Sales"));
    }

    [Fact]
    public void Skills_AreThreeToTenPerPerson_WithTeachersAndLearners()
    {
        var perPerson = Org.PersonSkills.GroupBy(s => s.Person).ToList();
        Assert.Equal(Org.PeopleCount, perPerson.Count);
        Assert.All(perPerson, g => Assert.InRange(g.Count(), 3, 10));
        Assert.All(perPerson, g => Assert.Equal(g.Count(), g.Select(s => s.Skill).Distinct().Count()));
        Assert.True(Org.Skills.Count >= 140);
        var aliases = Org.Skills.SelectMany(s => s.Aliases).ToList();
        Assert.Equal(aliases.Count, aliases.Distinct().Count());
        Assert.Contains("k8s", Org.Skills.Single(s => s.Name == "Kubernetes").Aliases);
        var teachers = Org.PersonSkills.Where(s => s.CanTeach).ToList();
        Assert.NotEmpty(teachers);
        Assert.All(teachers, s => Assert.True(s.Level >= 4));
        Assert.True(Org.PersonSkills.Count(s => s.WantsToLearn) > Org.PeopleCount / 4);
    }

    [Fact]
    public void InterestsOffersAsksBiosAndLanguages_ArePresentForAShare()
    {
        var perPerson = Org.PersonInterests.GroupBy(i => i.Person).ToList();
        Assert.Equal(Org.PeopleCount, perPerson.Count);
        Assert.All(perPerson, g => Assert.InRange(g.Count(), 1, 4));
        Assert.True(Org.Interests.Count >= 60);
        Assert.InRange(Org.Offers.Length, Org.PeopleCount / 6, Org.PeopleCount / 2);
        Assert.True(Org.Offers.Count(o => o.Skill >= 0) > Org.Offers.Length / 2);
        Assert.InRange(Org.Asks.Length, Org.PeopleCount / 10, Org.PeopleCount / 3);
        Assert.InRange(Org.Bios.Count(b => b is not null), 20, Org.PeopleCount / 5);
        Assert.InRange(Org.Languages.Count(l => l is not null), 50, Org.PeopleCount / 3);
    }

    [Fact]
    public void Interactions_AreAboutTwentyFivePerPersonInsideTheWindow()
    {
        var perPerson = Org.Interactions.Length / (double)Org.PeopleCount;
        output.WriteLine($"interactions: {Org.Interactions.Length} ({perPerson:F1} per person)");
        foreach (var g in Org.Interactions.GroupBy(i => i.Type)) output.WriteLine($"  {g.Key}: {g.Count()}");
        Assert.InRange(perPerson, 18, 32);
        Assert.All(Org.Interactions, i =>
        {
            Assert.NotEqual(i.From, i.To);
            Assert.InRange(Org.OccurredAt(i), Org.WindowStart, Today.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
            Assert.True(DateOnly.FromDateTime(Org.OccurredAt(i)) >= Org.HireDates[i.From].AddDays(-1));
            Assert.True(i.Count >= 1);
        });
        Assert.Contains(Org.Interactions, i => i.Type == InteractionType.Coffee);
        Assert.Contains(Org.Interactions, i => i.Type == InteractionType.Help);
    }

    [Fact]
    public void Interactions_AreDenseInTeamsAndTieManagersToReports()
    {
        var sameTeam = Org.Interactions.Count(i => Org.UnitOf[i.From] == Org.UnitOf[i.To] && Org.Units[Org.UnitOf[i.From]].Depth == 2);
        Assert.True(sameTeam > 0.5 * Org.Interactions.Length);
        var pairs = Org.Interactions.Select(i => (Math.Min(i.From, i.To), Math.Max(i.From, i.To))).ToHashSet();
        var reports = Enumerable.Range(1, Org.PeopleCount - 1).Where(p => !Org.IsNewcomer(p)).ToList();
        var tiedToManager = reports.Count(p => pairs.Contains((Org.ManagerOf[p], p)));
        Assert.True(tiedToManager > 0.97 * reports.Count, $"{tiedToManager} of {reports.Count}");
    }

    [Fact]
    public void SiloDepartments_HaveFarFewerExternalInteractions()
    {
        var units = Org.Units;
        int DepartmentOf(int p) => units[Org.UnitOf[p]].Depth switch { 2 => units[Org.UnitOf[p]].Parent, 1 => Org.UnitOf[p], _ => -1 };
        var touching = new Dictionary<int, (int All, int External)>();
        foreach (var i in Org.Interactions)
        {
            var a = DepartmentOf(i.From);
            var b = DepartmentOf(i.To);
            foreach (var d in a == b ? [a] : new[] { a, b })
            {
                if (d < 0) continue;
                var (all, external) = touching.GetValueOrDefault(d);
                touching[d] = (all + 1, external + (a == b ? 0 : 1));
            }
        }
        double Share(int d) => touching[d].External / (double)touching[d].All;
        var silos = Enumerable.Range(0, units.Count).Where(d => units[d].IsSilo).ToList();
        var others = Enumerable.Range(0, units.Count).Where(d => units[d].Depth == 1 && !units[d].IsSilo).Select(Share).Order().ToList();
        output.WriteLine($"silos: {string.Join(", ", silos.Select(d => $"{units[d].Path} {Share(d):P1}"))}; others median {others[others.Count / 2]:P1}");
        Assert.InRange(silos.Count, 2, 3);
        Assert.All(silos, d => Assert.True(Share(d) < 0.3 * others[others.Count / 2]));
    }

    [Fact]
    public void Bridges_HaveManyCrossUnitTies_AndNewcomersFew()
    {
        var units = Org.Units;
        int DepartmentOf(int p) => units[Org.UnitOf[p]].Depth switch { 2 => units[Org.UnitOf[p]].Parent, 1 => Org.UnitOf[p], _ => -1 };
        var crossPartners = new HashSet<(int, int)>();
        var partners = new HashSet<(int, int)>();
        foreach (var i in Org.Interactions)
        {
            partners.Add((i.From, i.To));
            partners.Add((i.To, i.From));
            if (DepartmentOf(i.From) != DepartmentOf(i.To)) { crossPartners.Add((i.From, i.To)); crossPartners.Add((i.To, i.From)); }
        }
        var crossCount = crossPartners.GroupBy(p => p.Item1).ToDictionary(g => g.Key, g => g.Count());
        var bridgeMedian = Org.Bridges.Select(b => crossCount.GetValueOrDefault(b)).Order().ElementAt(Org.Bridges.Length / 2);
        var ics = Enumerable.Range(0, Org.PeopleCount).Where(p => units[Org.UnitOf[p]].Depth == 2 && units[Org.UnitOf[p]].Head != p).ToList();
        var icMedian = ics.Select(p => crossCount.GetValueOrDefault(p)).Order().ElementAt(ics.Count / 2);
        output.WriteLine($"cross-department partners: bridges median {bridgeMedian}, others {icMedian}");
        Assert.True(bridgeMedian >= 5 && bridgeMedian >= 4 * Math.Max(1, icMedian));

        var degree = partners.GroupBy(p => p.Item1).ToDictionary(g => g.Key, g => g.Count());
        var newcomers = Enumerable.Range(0, Org.PeopleCount).Where(Org.IsNewcomer).Select(p => degree.GetValueOrDefault(p)).Average();
        var everyone = ics.Select(p => degree.GetValueOrDefault(p)).Average();
        output.WriteLine($"partners: newcomers {newcomers:F1}, team members {everyone:F1}");
        Assert.True(newcomers < everyone / 2);
    }
}
