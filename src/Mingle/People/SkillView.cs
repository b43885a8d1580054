namespace Mingle.People;

public sealed record SkillView(string Name, int Level, bool CanTeach, bool WantsToLearn);
