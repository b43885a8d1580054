namespace Mingle.Auth;

public sealed class RoleGrant
{
    public int PersonId { get; set; }

    public required string Role { get; set; }

    public DateTime GrantedAt { get; set; }
}
