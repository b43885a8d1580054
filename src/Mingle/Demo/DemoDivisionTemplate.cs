namespace Mingle.Demo;

/// <summary>
/// How one division of the demo organisation looks: its share of headcount, department names, the roles people
/// hold there, where its people sit and which skill categories they carry.
/// </summary>
internal sealed record DemoDivisionTemplate(
    string Name,
    string Function,
    int Weight,
    string[] Departments,
    string[] Roles,
    string TeamManagerTitle,
    string HeadTitle,
    int[] LocationWeights,
    (string Category, int Weight)[] SkillMix);
