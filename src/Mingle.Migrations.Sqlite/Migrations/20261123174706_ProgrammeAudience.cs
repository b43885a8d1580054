using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Mingle.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ProgrammeAudience : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "AudienceMaxLevel",
                table: "Programmes",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "AudienceMinLevel",
                table: "Programmes",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ProgrammeAudienceLocations",
                columns: table => new
                {
                    ProgrammeId = table.Column<int>(type: "INTEGER", nullable: false),
                    LocationId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgrammeAudienceLocations", x => new { x.ProgrammeId, x.LocationId });
                    table.ForeignKey(
                        name: "FK_ProgrammeAudienceLocations_Locations_LocationId",
                        column: x => x.LocationId,
                        principalTable: "Locations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ProgrammeAudienceLocations_Programmes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "Programmes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProgrammeAudienceUnits",
                columns: table => new
                {
                    ProgrammeId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrgUnitId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgrammeAudienceUnits", x => new { x.ProgrammeId, x.OrgUnitId });
                    table.ForeignKey(
                        name: "FK_ProgrammeAudienceUnits_OrgUnits_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ProgrammeAudienceUnits_Programmes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "Programmes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ProgrammeAudienceLocations_LocationId",
                table: "ProgrammeAudienceLocations",
                column: "LocationId");

            migrationBuilder.CreateIndex(
                name: "IX_ProgrammeAudienceUnits_OrgUnitId",
                table: "ProgrammeAudienceUnits",
                column: "OrgUnitId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ProgrammeAudienceLocations");

            migrationBuilder.DropTable(
                name: "ProgrammeAudienceUnits");

            migrationBuilder.DropColumn(
                name: "AudienceMaxLevel",
                table: "Programmes");

            migrationBuilder.DropColumn(
                name: "AudienceMinLevel",
                table: "Programmes");
        }
    }
}
