namespace Mingle.Insights;

/// <summary>Cross &amp; Prusak's informal-network roles; one person can hold several.</summary>
[Flags]
public enum NetworkRole : byte
{
    None = 0,
    CentralConnector = 1,
    BoundarySpanner = 2,
    InformationBroker = 4,
    Peripheral = 8,
    Overloaded = 16,
}
