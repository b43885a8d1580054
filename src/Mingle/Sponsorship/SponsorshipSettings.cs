namespace Mingle.Sponsorship;

/// <summary>The settings of one sponsorship programme; a programme without a row uses the defaults.</summary>
public sealed class SponsorshipSettings
{
    /// <summary>Sponsors are senior enough to open doors: level 6 and up on the 1–10 scale (team leads, heads).</summary>
    public const int DefaultMinSponsorLevel = 6;
    public const int DefaultMaxProteges = 3;

    public int ProgrammeId { get; set; }

    public int MinSponsorLevel { get; set; } = DefaultMinSponsorLevel;

    public int MaxProteges { get; set; } = DefaultMaxProteges;
}
