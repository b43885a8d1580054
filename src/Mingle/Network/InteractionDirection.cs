namespace Mingle.Network;

public enum InteractionDirection
{
    Mutual = 0,
    FromTo = 1,
}
