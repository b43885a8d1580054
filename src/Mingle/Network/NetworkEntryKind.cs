namespace Mingle.Network;

public enum NetworkEntryKind
{
    /// <summary>One-sided: the other person is not told and never sees it.</summary>
    Contact = 0,

    /// <summary>Mutual: both sides accepted; each side still has its own entry, notes and tags.</summary>
    Connection = 1,
}
