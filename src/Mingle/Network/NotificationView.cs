namespace Mingle.Network;

public sealed record NotificationView(long Id, string Kind, string Payload, DateTime CreatedAt, bool Read);
