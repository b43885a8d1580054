namespace Mingle.Demo;

/// <summary>
/// What to seed. <see cref="Force"/> first deletes the people, structure, catalogue and interactions already in the
/// database (same transaction), instead of refusing.
/// </summary>
public sealed record DemoOptions(int People = 1000, int Seed = 42, int Weeks = 26, bool Force = false)
{
    public const int MinPeople = 100;
    public const int MaxPeople = 2_000_000;
    public const int MaxWeeks = 260;
}
