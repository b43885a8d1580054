namespace Mingle.Import;

/// <summary>Progress of a long import: <see cref="Total"/> is 0 when unknown (e.g. a stream that cannot seek).</summary>
public sealed record ImportProgress(string Phase, long Done, long Total);
