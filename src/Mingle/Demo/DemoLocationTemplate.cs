namespace Mingle.Demo;

/// <summary>A demo site; <see cref="UtcOffsetMinutes"/> (standard time) only places interactions in working hours.</summary>
internal sealed record DemoLocationTemplate(
    string Name, string City, string Country, string Region, string TimeZone, int UtcOffsetMinutes,
    string Languages, int[] NamePoolWeights);
