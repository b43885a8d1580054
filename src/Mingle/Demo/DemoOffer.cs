namespace Mingle.Demo;

/// <summary>"I can help with…"; <see cref="Skill"/> is a catalogue index or -1.</summary>
public sealed record DemoOffer(int Person, string Text, int Skill);
