namespace Mingle.Errors;

public sealed class NotFoundException(string what, object id) : Exception($"No {what} {id}.")
{
    public string What { get; } = what;
}
