namespace Mingle.People;

public sealed class Location
{
    public int Id { get; set; }

    /// <summary>Site name as the HRIS calls it, e.g. "Lisbon HQ". Unique.</summary>
    public required string Name { get; set; }

    public string? City { get; set; }

    public string? Country { get; set; }

    public string? Region { get; set; }

    /// <summary>IANA time zone id.</summary>
    public string? TimeZone { get; set; }
}
