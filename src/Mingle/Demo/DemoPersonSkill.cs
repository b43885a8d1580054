namespace Mingle.Demo;

public readonly record struct DemoPersonSkill(int Person, int Skill, byte Level, bool CanTeach, bool WantsToLearn);
