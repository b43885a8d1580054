namespace Mingle.Expertise;

/// <summary>A warm path as dense person indexes; <c>ViaTeam[i]</c> says the step from person i to i+1 is "same team".</summary>
public sealed record WarmPath(IReadOnlyList<int> People, IReadOnlyList<bool> ViaTeam, double Cost);
