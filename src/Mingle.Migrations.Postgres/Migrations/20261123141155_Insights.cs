using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Mingle.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Insights : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "IncludeInNamedInsights",
                table: "People",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "InsightsPolicies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    NamedInsights = table.Column<bool>(type: "boolean", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InsightsPolicies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "InsightsSnapshots",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    WeekStart = table.Column<DateOnly>(type: "date", nullable: false),
                    WindowDays = table.Column<int>(type: "integer", nullable: false),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Size = table.Column<int>(type: "integer", nullable: false),
                    Ties = table.Column<long>(type: "bigint", nullable: false),
                    Density = table.Column<double>(type: "double precision", nullable: true),
                    AverageNetworkSize = table.Column<double>(type: "double precision", nullable: true),
                    Breadth = table.Column<double>(type: "double precision", nullable: true),
                    CrossUnitShare = table.Column<double>(type: "double precision", nullable: true),
                    EIIndex = table.Column<double>(type: "double precision", nullable: true),
                    FormalModularity = table.Column<double>(type: "double precision", nullable: true),
                    InformalModularity = table.Column<double>(type: "double precision", nullable: true),
                    Nmi = table.Column<double>(type: "double precision", nullable: true),
                    PeripheralShare = table.Column<double>(type: "double precision", nullable: true),
                    CentralConnectors = table.Column<int>(type: "integer", nullable: false),
                    BoundarySpanners = table.Column<int>(type: "integer", nullable: false),
                    InformationBrokers = table.Column<int>(type: "integer", nullable: false),
                    Peripheral = table.Column<int>(type: "integer", nullable: false),
                    Overloaded = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InsightsSnapshots", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_InsightsSnapshots_WindowDays_UnitId_WeekStart",
                table: "InsightsSnapshots",
                columns: new[] { "WindowDays", "UnitId", "WeekStart" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "InsightsPolicies");

            migrationBuilder.DropTable(
                name: "InsightsSnapshots");

            migrationBuilder.DropColumn(
                name: "IncludeInNamedInsights",
                table: "People");
        }
    }
}
