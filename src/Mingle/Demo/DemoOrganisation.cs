namespace Mingle.Demo;

/// <summary>
/// A whole demo organisation in memory, as compact arrays indexed by person (0 = the CEO) so 200,000 people and
/// five million interactions stay small. Built by <see cref="Generate"/>: a pure function of its arguments.
/// People are ordered so every unit's members form one contiguous range, head (or team manager) first, and every
/// manager comes before their reports.
/// </summary>
public sealed class DemoOrganisation
{
    public required int Seed { get; init; }

    public required int Weeks { get; init; }

    public required DateOnly Today { get; init; }

    /// <summary>Midnight UTC, <see cref="Weeks"/> weeks before <see cref="Today"/>: interactions fall in [start, today).</summary>
    public DateTime WindowStart => Today.AddDays(-7 * Weeks).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    public required IReadOnlyList<DemoLocation> Locations { get; init; }

    public required IReadOnlyList<DemoUnit> Units { get; init; }

    public required IReadOnlyList<DemoSkill> Skills { get; init; }

    public required IReadOnlyList<string> Interests { get; init; }

    public required string[] Names { get; init; }

    public required string[] Emails { get; init; }

    public required string[] Titles { get; init; }

    public required int[] UnitOf { get; init; }

    /// <summary>Index of the person's manager, -1 for the CEO.</summary>
    public required int[] ManagerOf { get; init; }

    public required int[] LocationOf { get; init; }

    public required byte[] Levels { get; init; }

    public required DateOnly[] HireDates { get; init; }

    public required string?[] Languages { get; init; }

    public required string?[] Bios { get; init; }

    /// <summary>People with many ties outside their department.</summary>
    public required int[] Bridges { get; init; }

    public required DemoPersonSkill[] PersonSkills { get; init; }

    public required DemoPersonInterest[] PersonInterests { get; init; }

    public required DemoOffer[] Offers { get; init; }

    public required DemoAsk[] Asks { get; init; }

    public required DemoInteraction[] Interactions { get; init; }

    public required DemoRoleGrant[] Roles { get; init; }

    public int PeopleCount => Names.Length;

    public static string EmployeeId(int person) => $"E{person + 1:D6}";

    public DateTime OccurredAt(in DemoInteraction interaction) => WindowStart.AddMinutes(interaction.Minute);

    /// <summary>Hired within the 30 days before <see cref="Today"/> (candidates for onboarding buddies).</summary>
    public bool IsNewcomer(int person) => HireDates[person] > Today.AddDays(-30);

    /// <summary>Index of the first person granted the ProgrammeOwner role (owner of every demo programme), or -1.</summary>
    public int ProgrammeOwner => Roles.Where(r => r.Role == Auth.Role.ProgrammeOwner).Select(r => r.Person).DefaultIfEmpty(-1).First();

    /// <summary>Database id of <see cref="ProgrammeOwner"/> (ids are index + 1), or null without one.</summary>
    public int? ProgrammeOwnerId => ProgrammeOwner >= 0 ? ProgrammeOwner + 1 : null;

    /// <summary>Index of the person with this email, or -1.</summary>
    public int IndexOf(string email) => Array.IndexOf(Emails, email);

    /// <summary>Builds the organisation; the same arguments always give the same data.</summary>
    public static DemoOrganisation Generate(int people, int seed, int weeks, DateOnly today)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(people, DemoOptions.MinPeople);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(people, DemoOptions.MaxPeople);
        ArgumentOutOfRangeException.ThrowIfLessThan(weeks, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(weeks, DemoOptions.MaxWeeks);
        return new DemoGenerator(people, seed, weeks, today).Build();
    }
}
