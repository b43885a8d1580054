namespace Mingle.Network;

public enum InteractionType
{
    Meeting = 0,
    Message = 1,
    Call = 2,
    Coffee = 3,
    Help = 4,
    Other = 5,
    HelpGiven = 6,
    HelpReceived = 7,
    Advice = 8,
    Mentoring = 9,
    Introduction = 10,
    Social = 11,
    Kudos = 12,
}
