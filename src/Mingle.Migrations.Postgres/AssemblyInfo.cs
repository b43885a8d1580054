namespace Mingle.Migrations.Postgres;
