namespace Mingle.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
