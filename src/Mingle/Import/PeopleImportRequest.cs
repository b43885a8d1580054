namespace Mingle.Import;

/// <param name="Csv">The HRIS file; read once, from its current position.</param>
/// <param name="DryRun">Validate and count, write nothing.</param>
/// <param name="Full">The file is the whole workforce: active people absent from it are marked as left.</param>
/// <param name="ActorId">Who runs the import, for the audit log; null for the CLI.</param>
public sealed record PeopleImportRequest(Stream Csv, bool DryRun = false, bool Full = false, int? ActorId = null);
