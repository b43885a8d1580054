namespace Mingle.Demo;

/// <summary>Everyone's personal network in the demo: Rolodex entries (per owner, connections first) and logged interactions.</summary>
public sealed record DemoPersonalNetwork(DemoNetworkEntry[] Entries, DemoLoggedInteraction[] Logged);
