using Mingle.Data;

namespace Mingle.People;

public sealed class ProfileEditor(MingleDb db)
{
    internal MingleDb Db => db;
}
