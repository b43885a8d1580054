namespace Mingle.People;

public sealed class PersonInterest
{
    public int PersonId { get; set; }

    public int InterestId { get; set; }

    public Interest? Interest { get; set; }
}
