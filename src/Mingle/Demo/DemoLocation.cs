namespace Mingle.Demo;

public sealed record DemoLocation(string Name, string City, string Country, string Region, string TimeZone, int UtcOffsetMinutes);
