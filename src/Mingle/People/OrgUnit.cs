namespace Mingle.People;

/// <summary>A node of the formal structure (division → department → team), identified by its full path.</summary>
public sealed class OrgUnit
{
    public int Id { get; set; }

    public required string Name { get; set; }

    /// <summary>Full path from the root, '/'-separated, e.g. "Engineering/Platform/Storage". Unique.</summary>
    public required string Path { get; set; }

    public int? ParentId { get; set; }

    public OrgUnit? Parent { get; set; }

    /// <summary>0 for a root (division), 1 department, 2 team, …</summary>
    public int Depth { get; set; }

    /// <summary>Business function such as Engineering or Sales; inherited from the parent when not set.</summary>
    public string? Function { get; set; }

    public List<OrgUnit> Children { get; set; } = [];

    public static string LevelName(int depth) => depth switch
    {
        0 => "division",
        1 => "department",
        2 => "team",
        _ => "sub-team",
    };
}
