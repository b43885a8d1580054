namespace Mingle.Kudos;

/// <summary>The sender has given <see cref="KudosLedger.DailyLimit"/> kudos in the last 24 hours (HTTP 429).</summary>
public sealed class KudosLimitException(int limit) : Exception($"You can give at most {limit} kudos a day; try again tomorrow.");
