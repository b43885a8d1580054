namespace Mingle.Introductions;

public enum IntroductionAnswer
{
    Pending = 0,
    Accepted = 1,
    Declined = 2,
}
