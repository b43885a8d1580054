namespace Mingle.Demo;

public readonly record struct DemoPersonInterest(int Person, int Interest);
