namespace Mingle.Migrations.Sqlite;
