namespace Mingle.Insights;

/// <summary>The organisation's policy for insights (one row, id 1). Who changed it is in the audit log, not here.</summary>
public sealed class InsightsPolicy
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    /// <summary>Named role lists exist only while this is on, and then only for people who consented (privacy rule 3).</summary>
    public bool NamedInsights { get; set; }

    public DateTime UpdatedAt { get; set; }
}
