namespace Mingle.Demo;

/// <summary>Progress of one stage of seeding ("people", "interactions", …): <see cref="Done"/> of <see cref="Total"/> rows.</summary>
public readonly record struct DemoProgress(string Stage, long Done, long Total);
