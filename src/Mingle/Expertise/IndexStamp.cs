namespace Mingle.Expertise;

/// <summary>A cheap fingerprint of the data the index is built from; a change means "rebuild".</summary>
public sealed record IndexStamp(int People, DateTime? PeopleUpdated, int Connections, DateTime? NetworkUpdated, int Skills, int Offers);
