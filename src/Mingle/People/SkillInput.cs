namespace Mingle.People;

public sealed record SkillInput(string Name, int Level, bool CanTeach = false, bool WantsToLearn = false);
