namespace Mingle.Audit;

/// <summary>Who did what, when (privacy rule 7). Never holds private content, only what was touched.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTime At { get; set; }

    /// <summary>Null for system jobs and the CLI run by an operator.</summary>
    public int? ActorId { get; set; }

    public required string Action { get; set; }

    public string? Target { get; set; }

    public string? Detail { get; set; }
}
