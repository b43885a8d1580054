namespace Mingle.People;

/// <summary>A hobby or topic outside work ("climbing", "board games"): icebreakers for matches.</summary>
public sealed class Interest
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public required string NormalizedName { get; set; }
}
