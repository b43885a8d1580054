namespace Mingle.Expertise;

/// <summary>A cheap fingerprint of the data the index is built from; a change means "rebuild".</summary>
public sealed record IndexStamp(int People, DateTime? PeopleUpdated, int Connections, DateTime? NetworkUpdated, int Skills, int Offers)
{
    /// <summary>Endorsement count and newest id: a withdrawal lowers the count, a new one raises the id.</summary>
    public int Endorsements { get; init; }

    public int? LastEndorsement { get; init; }

    public int AcceptedIntroductions { get; init; }
}
