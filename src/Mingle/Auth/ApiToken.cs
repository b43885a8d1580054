namespace Mingle.Auth;

/// <summary>A personal API token. Only the SHA-256 hash is stored; the token is shown once at creation.</summary>
public sealed class ApiToken
{
    public int Id { get; set; }

    public int PersonId { get; set; }

    /// <summary>Lower-case hex SHA-256 of the token. Unique.</summary>
    public required string Hash { get; set; }

    /// <summary>First characters of the token, so a person can tell tokens apart without the secret.</summary>
    public required string Prefix { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime ExpiresAt { get; set; }

    public DateTime? RevokedAt { get; set; }
}
