using Mingle.Data;

namespace Mingle.People;

public sealed class PeopleDirectory(MingleDb db)
{
    internal MingleDb Db => db;
}
