namespace Mingle.Expertise;

/// <summary>A person (dense index) declaring a skill, with how many colleagues endorsed it.</summary>
public readonly record struct SkillHolder(int Person, byte Level, bool CanTeach, bool WantsToLearn, int Endorsements = 0);
