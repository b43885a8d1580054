using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Mingle.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Onboarding : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BuddyAssignments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProgrammeId = table.Column<int>(type: "integer", nullable: false),
                    NewHireId = table.Column<int>(type: "integer", nullable: false),
                    BuddyId = table.Column<int>(type: "integer", nullable: false),
                    Score = table.Column<double>(type: "double precision", nullable: false),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    AssignedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BuddyAssignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BuddyAssignments_People_BuddyId",
                        column: x => x.BuddyId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_BuddyAssignments_People_NewHireId",
                        column: x => x.NewHireId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_BuddyAssignments_Programmes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "Programmes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BuddySettings",
                columns: table => new
                {
                    ProgrammeId = table.Column<int>(type: "integer", nullable: false),
                    MaxBuddies = table.Column<int>(type: "integer", nullable: false),
                    SeniorLevel = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BuddySettings", x => x.ProgrammeId);
                    table.ForeignKey(
                        name: "FK_BuddySettings_Programmes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "Programmes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SponsorshipPairs",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProgrammeId = table.Column<int>(type: "integer", nullable: false),
                    SponsorId = table.Column<int>(type: "integer", nullable: false),
                    ProtegeId = table.Column<int>(type: "integer", nullable: false),
                    StartedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    EndedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SponsorshipPairs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SponsorshipPairs_People_ProtegeId",
                        column: x => x.ProtegeId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SponsorshipPairs_People_SponsorId",
                        column: x => x.SponsorId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SponsorshipPairs_Programmes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "Programmes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SponsorshipSettings",
                columns: table => new
                {
                    ProgrammeId = table.Column<int>(type: "integer", nullable: false),
                    MinSponsorLevel = table.Column<int>(type: "integer", nullable: false),
                    MaxProteges = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SponsorshipSettings", x => x.ProgrammeId);
                    table.ForeignKey(
                        name: "FK_SponsorshipSettings_Programmes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "Programmes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "JourneySteps",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AssignmentId = table.Column<long>(type: "bigint", nullable: false),
                    NewHireId = table.Column<int>(type: "integer", nullable: false),
                    Week = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    PersonId = table.Column<int>(type: "integer", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DoneAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JourneySteps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_JourneySteps_BuddyAssignments_AssignmentId",
                        column: x => x.AssignmentId,
                        principalTable: "BuddyAssignments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_JourneySteps_People_NewHireId",
                        column: x => x.NewHireId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_JourneySteps_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Nominations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PairId = table.Column<long>(type: "bigint", nullable: false),
                    Opportunity = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    NominatedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Outcome = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    OutcomeAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Nominations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Nominations_SponsorshipPairs_PairId",
                        column: x => x.PairId,
                        principalTable: "SponsorshipPairs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BuddyAssignments_BuddyId",
                table: "BuddyAssignments",
                column: "BuddyId");

            migrationBuilder.CreateIndex(
                name: "IX_BuddyAssignments_NewHireId",
                table: "BuddyAssignments",
                column: "NewHireId");

            migrationBuilder.CreateIndex(
                name: "IX_BuddyAssignments_ProgrammeId_NewHireId",
                table: "BuddyAssignments",
                columns: new[] { "ProgrammeId", "NewHireId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_JourneySteps_AssignmentId",
                table: "JourneySteps",
                column: "AssignmentId");

            migrationBuilder.CreateIndex(
                name: "IX_JourneySteps_DueOn",
                table: "JourneySteps",
                column: "DueOn");

            migrationBuilder.CreateIndex(
                name: "IX_JourneySteps_NewHireId",
                table: "JourneySteps",
                column: "NewHireId");

            migrationBuilder.CreateIndex(
                name: "IX_JourneySteps_PersonId",
                table: "JourneySteps",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_Nominations_PairId",
                table: "Nominations",
                column: "PairId");

            migrationBuilder.CreateIndex(
                name: "IX_SponsorshipPairs_ProgrammeId_ProtegeId",
                table: "SponsorshipPairs",
                columns: new[] { "ProgrammeId", "ProtegeId" });

            migrationBuilder.CreateIndex(
                name: "IX_SponsorshipPairs_ProtegeId",
                table: "SponsorshipPairs",
                column: "ProtegeId");

            migrationBuilder.CreateIndex(
                name: "IX_SponsorshipPairs_SponsorId",
                table: "SponsorshipPairs",
                column: "SponsorId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BuddySettings");

            migrationBuilder.DropTable(
                name: "JourneySteps");

            migrationBuilder.DropTable(
                name: "Nominations");

            migrationBuilder.DropTable(
                name: "SponsorshipSettings");

            migrationBuilder.DropTable(
                name: "BuddyAssignments");

            migrationBuilder.DropTable(
                name: "SponsorshipPairs");
        }
    }
}
