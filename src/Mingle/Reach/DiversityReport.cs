namespace Mingle.Reach;

/// <summary>
/// How my ties spread over function, unit, location, level and tenure, against the organisation's own mix.
/// <see cref="Score"/> is the mean of the dimensions' normalised Shannon entropies (0 = everyone in one group,
/// 1 = spread evenly over every group the organisation has); see <see cref="DiversityDimension"/>.
/// </summary>
public sealed record DiversityReport(
    int Ties,
    double Score,
    IReadOnlyList<DiversityDimension> Dimensions,
    int Vertical,
    int Horizontal,
    IReadOnlyList<string> Suggestions,
    string Method);

/// <summary>
/// One dimension. <see cref="Score"/> = H / ln K with H = −Σ p ln p over my ties' shares and K the number of groups
/// the organisation has in this dimension (0 when K ≤ 1); <see cref="Blau"/> = 1 − Σ p² (the chance that two of my
/// ties picked at random differ). <see cref="OrganisationScore"/> is the same entropy score for the whole
/// organisation's mix, the natural benchmark.
/// </summary>
public sealed record DiversityDimension(
    string Name, int Known, double Score, double Blau, double OrganisationScore, IReadOnlyList<DiversityShare> Shares);

/// <summary>
/// A group in a dimension: how many of my ties are in it and what share that is, next to the organisation's share.
/// The organisation's share is null for groups smaller than the minimum group size (privacy rule 1).
/// </summary>
public sealed record DiversityShare(string Group, int Ties, double Share, double? OrganisationShare);
