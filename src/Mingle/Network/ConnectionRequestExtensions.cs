namespace Mingle.Network;

public static class ConnectionRequestExtensions
{
    public static int OtherThan(this ConnectionRequest request, int me) =>
        request.FromPersonId == me ? request.ToPersonId : request.FromPersonId;
}
