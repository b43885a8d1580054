namespace Mingle.Network;

public enum InteractionSource
{
    /// <summary>Collaboration metadata imported from calendars/chat (organisational, not personal).</summary>
    Import = 0,

    /// <summary>Logged by a person in their own network tracker (private to them).</summary>
    Logged = 1,

    /// <summary>Produced by a Mingle feature (coffee match that happened, introduction, kudos).</summary>
    Platform = 2,
}
