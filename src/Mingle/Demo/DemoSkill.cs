namespace Mingle.Demo;

/// <summary>A catalogue skill with its category and lower-case aliases (k8s → Kubernetes).</summary>
public sealed record DemoSkill(string Name, string Category, string[] Aliases);
