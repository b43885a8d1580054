namespace Mingle.People;

/// <summary>An employee. Upserted by <see cref="EmployeeId"/> from the HRIS; people who leave are kept (status Left) so history survives.</summary>
public sealed class Person
{
    public int Id { get; set; }

    public required string EmployeeId { get; set; }

    /// <summary>Lower-cased; unique.</summary>
    public required string Email { get; set; }

    public required string Name { get; set; }

    public string? PreferredName { get; set; }

    public string? Title { get; set; }

    public int? OrgUnitId { get; set; }

    public OrgUnit? OrgUnit { get; set; }

    public int? ManagerId { get; set; }

    public Person? Manager { get; set; }

    public int? LocationId { get; set; }

    public Location? Location { get; set; }

    /// <summary>Ordered band 1 (entry) to 10 (top); null when the HRIS has none.</summary>
    public int? Level { get; set; }

    public DateOnly? HireDate { get; set; }

    /// <summary>IANA time zone id; falls back to the location's.</summary>
    public string? TimeZone { get; set; }

    /// <summary>Comma-separated language names as entered, e.g. "English, Portuguese".</summary>
    public string? Languages { get; set; }

    public string? Bio { get; set; }

    public string? PhotoUrl { get; set; }

    public PersonStatus Status { get; set; } = PersonStatus.Active;

    /// <summary>"Include me in named insights": off until the person turns it on (privacy rule 3).</summary>
    public bool IncludeInNamedInsights { get; set; }

    public DateTime? LeftAt { get; set; }

    /// <summary>Changes when the person leaves or is erased, invalidating every cookie issued before.</summary>
    public string SecurityStamp { get; set; } = Guid.NewGuid().ToString("N");

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public List<PersonSkill> Skills { get; set; } = [];

    public List<PersonInterest> Interests { get; set; } = [];

    public List<Offer> Offers { get; set; } = [];

    public List<Ask> Asks { get; set; } = [];

    public string DisplayName => string.IsNullOrWhiteSpace(PreferredName) ? Name : PreferredName;
}
