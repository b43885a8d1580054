namespace Mingle.Demo;

/// <summary>"I'm looking for…"; <see cref="Skill"/> is a catalogue index or -1.</summary>
public sealed record DemoAsk(int Person, string Text, int Skill, bool IsOpen);
