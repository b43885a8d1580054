namespace Mingle.Errors;

public sealed class ForbiddenException(string message) : Exception(message);
