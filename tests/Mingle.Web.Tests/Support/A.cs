namespace Mingle.Web.Tests.Support;

/// <summary>Entry point for test data builders: <c>A.Person("Ana").InUnit("Eng/Platform")</c>.</summary>
public static class A
{
    static int next;

    public static PersonBuilder Person(string name)
    {
        var n = Interlocked.Increment(ref next);
        return new PersonBuilder(name, $"E{n:D6}", $"{name.ToLowerInvariant().Replace(' ', '.')}.{n}@test.example");
    }
}
