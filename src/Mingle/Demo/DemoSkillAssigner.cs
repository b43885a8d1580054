namespace Mingle.Demo;

/// <summary>
/// Gives each person 3–10 skills drawn mostly from their function's categories, with a few "focus" skills shared
/// by the whole team (teammates really do share a stack), levels that grow with seniority, can-teach flags for
/// the strong ones and wants-to-learn flags for a few new ones.
/// </summary>
internal sealed class DemoSkillAssigner(Random rng, DemoDivisionTemplate[] divisions, int[] divisionOf, int[] teamOf,
    byte[] levels, bool[] isManager)
{
    const int MaxSkills = 10;
    static readonly (string Category, int Weight)[] ExecutiveMix =
        [(DemoCatalogue.Leadership, 60), (DemoCatalogue.Finance, 10), (DemoCatalogue.ProductDesign, 10), (DemoCatalogue.People, 10), (DemoCatalogue.Sales, 10)];

    readonly Dictionary<string, int[]> byCategory = DemoCatalogue.Skills
        .Select((s, i) => (s.Category, i))
        .GroupBy(x => x.Category, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Select(x => x.i).ToArray(), StringComparer.Ordinal);

    public DemoPersonSkill[] Assign(int people)
    {
        var result = new List<DemoPersonSkill>(people * 7);
        Span<int> chosen = stackalloc int[MaxSkills];
        var focus = new int[3];
        var currentTeam = -1;
        for (var p = 0; p < people; p++)
        {
            var mix = divisionOf[p] >= 0 ? divisions[divisionOf[p]].SkillMix : ExecutiveMix;
            if (teamOf[p] >= 0 && teamOf[p] != currentTeam)
            {
                currentTeam = teamOf[p];
                var main = byCategory[mix[0].Category];
                for (var i = 0; i < focus.Length; i++) focus[i] = main[rng.Next(main.Length)];
            }
            var have = 0;
            var declared = 3 + rng.Next(4) + rng.Next(4);
            if (teamOf[p] >= 0)
            {
                if (rng.NextDouble() < 0.75) chosen[have++] = focus[rng.Next(focus.Length)];
                if (rng.NextDouble() < 0.4) TryAdd(chosen, ref have, focus[rng.Next(focus.Length)]);
            }
            for (var attempt = 0; attempt < 40 && have < declared; attempt++)
            {
                var category = isManager[p] && rng.NextDouble() < 0.35 ? DemoCatalogue.Leadership : PickCategory(mix);
                var skills = byCategory[category];
                TryAdd(chosen, ref have, skills[rng.Next(skills.Length)]);
            }
            for (var i = 0; i < have; i++)
            {
                var level = Math.Clamp(1 + ((levels[p] + 1) / 3) + rng.Next(-1, 2) + (i == 0 ? 1 : 0), 1, 5);
                var canTeach = level >= 4 && rng.NextDouble() < (level == 5 ? 0.65 : 0.35);
                var wantsToLearn = level <= 2 && rng.NextDouble() < 0.25;
                result.Add(new DemoPersonSkill(p, chosen[i], (byte)level, canTeach, wantsToLearn));
            }
            // Something new they want to pick up, often outside their own function.
            if (rng.NextDouble() < 0.45)
            {
                var extra = rng.NextDouble() < 0.3 ? 2 : 1;
                for (var attempt = 0; attempt < 10 && extra > 0 && have < MaxSkills; attempt++)
                {
                    var category = rng.NextDouble() < 0.5 ? PickCategory(mix) : DemoCatalogue.Skills[rng.Next(DemoCatalogue.Skills.Length)].Category;
                    var skills = byCategory[category];
                    var skill = skills[rng.Next(skills.Length)];
                    if (!TryAdd(chosen, ref have, skill)) continue;
                    result.Add(new DemoPersonSkill(p, skill, 1, CanTeach: false, WantsToLearn: true));
                    extra--;
                }
            }
        }
        return [.. result];
    }

    static bool TryAdd(Span<int> chosen, ref int have, int skill)
    {
        if (have >= chosen.Length || chosen[..have].Contains(skill)) return false;
        chosen[have++] = skill;
        return true;
    }

    string PickCategory((string Category, int Weight)[] mix)
    {
        var total = 0;
        foreach (var m in mix) total += m.Weight;
        var r = rng.Next(total);
        foreach (var m in mix)
        {
            r -= m.Weight;
            if (r < 0) return m.Category;
        }
        return mix[^1].Category;
    }
}
