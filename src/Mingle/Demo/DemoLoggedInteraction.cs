using Mingle.Network;

namespace Mingle.Demo;

/// <summary>
/// An interaction someone logged in their own tracker (private to <see cref="LoggedBy"/>); From → To reads as giver
/// → receiver except for <see cref="InteractionType.HelpReceived"/>, which the logger records From = themselves,
/// like <see cref="InteractionLog"/> does. <see cref="Day"/> is a <see cref="DateOnly.DayNumber"/>.
/// </summary>
public readonly record struct DemoLoggedInteraction(int From, int To, InteractionType Type, int Day, int LoggedBy, byte Note);
