namespace Mingle.Demo;

public sealed record DemoRoleGrant(int Person, string Role);
