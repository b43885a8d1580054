namespace Mingle.People;

public enum PersonStatus
{
    Active = 0,
    Left = 1,
}
