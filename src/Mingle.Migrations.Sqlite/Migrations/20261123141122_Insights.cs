using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Mingle.Migrations.Sqlite.Migrations
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
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "InsightsPolicies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    NamedInsights = table.Column<bool>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InsightsPolicies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "InsightsSnapshots",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    WeekStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    WindowDays = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Size = table.Column<int>(type: "INTEGER", nullable: false),
                    Ties = table.Column<long>(type: "INTEGER", nullable: false),
                    Density = table.Column<double>(type: "REAL", nullable: true),
                    AverageNetworkSize = table.Column<double>(type: "REAL", nullable: true),
                    Breadth = table.Column<double>(type: "REAL", nullable: true),
                    CrossUnitShare = table.Column<double>(type: "REAL", nullable: true),
                    EIIndex = table.Column<double>(type: "REAL", nullable: true),
                    FormalModularity = table.Column<double>(type: "REAL", nullable: true),
                    InformalModularity = table.Column<double>(type: "REAL", nullable: true),
                    Nmi = table.Column<double>(type: "REAL", nullable: true),
                    PeripheralShare = table.Column<double>(type: "REAL", nullable: true),
                    CentralConnectors = table.Column<int>(type: "INTEGER", nullable: false),
                    BoundarySpanners = table.Column<int>(type: "INTEGER", nullable: false),
                    InformationBrokers = table.Column<int>(type: "INTEGER", nullable: false),
                    Peripheral = table.Column<int>(type: "INTEGER", nullable: false),
                    Overloaded = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
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
