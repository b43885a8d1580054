using Mingle.People;

namespace Mingle.Network;

/// <summary>Help and advice given vs received over the last <see cref="WindowDays"/> days, overall and per person.</summary>
public sealed record BalanceReport(int WindowDays, int Given, int Received, IReadOnlyList<RelationshipBalance> Relationships);

/// <summary>
/// One relationship's balance. <see cref="Lopsided"/> is "taking" (I mostly receive), "giving" (I mostly give) or
/// null; <see cref="GiveBack"/> lists their open asks that match my offers or skills.
/// </summary>
public sealed record RelationshipBalance(
    PersonSummary Person, int Given, int Received, string? Lopsided, string? Message, IReadOnlyList<string> GiveBack);
