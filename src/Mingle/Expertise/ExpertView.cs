namespace Mingle.Expertise;

/// <summary>One expert for a topic. <see cref="Path"/> is the warm-introduction path as person ids, starting with
/// the caller and ending with the expert; empty when there is none within four steps.</summary>
public sealed record ExpertView(
    int PersonId, string Name, string? Title, double Score, IReadOnlyList<string> Reasons, IReadOnlyList<int> Path,
    IReadOnlyList<PathStep> Steps);
