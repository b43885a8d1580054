namespace Mingle.Import;

/// <param name="Csv">The file <c>from_email,to_email,type,occurred_at[,count]</c>; read once, streaming.</param>
/// <param name="DryRun">Validate and count, write nothing.</param>
/// <param name="ActorId">Who runs the import, for the audit log; null for the CLI.</param>
public sealed record InteractionImportRequest(Stream Csv, bool DryRun = false, int? ActorId = null);
