namespace Mingle.Insights;

/// <summary>The names roles have in the API, CSV and pages.</summary>
public static class RoleNames
{
    public static string Of(NetworkRole role) => role switch
    {
        NetworkRole.CentralConnector => "centralConnectors",
        NetworkRole.BoundarySpanner => "boundarySpanners",
        NetworkRole.InformationBroker => "informationBrokers",
        NetworkRole.Peripheral => "peripheral",
        NetworkRole.Overloaded => "overloaded",
        _ => role.ToString(),
    };

    public static string Label(NetworkRole role) => role switch
    {
        NetworkRole.CentralConnector => "Central connectors",
        NetworkRole.BoundarySpanner => "Boundary spanners",
        NetworkRole.InformationBroker => "Information brokers",
        NetworkRole.Peripheral => "Peripheral people",
        NetworkRole.Overloaded => "Overloaded people",
        _ => role.ToString(),
    };

    public static NetworkRole? Parse(string? name) =>
        GroupStats.CountedRoles.Select(r => (NetworkRole?)r).FirstOrDefault(r => string.Equals(Of(r!.Value), name, StringComparison.OrdinalIgnoreCase)
            || string.Equals(r!.Value.ToString(), name, StringComparison.OrdinalIgnoreCase));
}
