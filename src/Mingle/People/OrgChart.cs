using Mingle.Data;

namespace Mingle.People;

public sealed class OrgChart(MingleDb db)
{
    internal MingleDb Db => db;
}
