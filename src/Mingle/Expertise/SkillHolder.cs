namespace Mingle.Expertise;

/// <summary>A person (dense index) declaring a skill.</summary>
public readonly record struct SkillHolder(int Person, byte Level, bool CanTeach, bool WantsToLearn);
