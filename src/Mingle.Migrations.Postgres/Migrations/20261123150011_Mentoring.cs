using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Mingle.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Mentoring : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "MentoringApplications",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProgrammeId = table.Column<int>(type: "integer", nullable: false),
                    PersonId = table.Column<int>(type: "integer", nullable: false),
                    Role = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Goals = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Capacity = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MentoringApplications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MentoringApplications_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MentoringApplications_Programmes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "Programmes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MentoringRelationships",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProgrammeId = table.Column<int>(type: "integer", nullable: false),
                    MentorId = table.Column<int>(type: "integer", nullable: false),
                    MenteeId = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Score = table.Column<double>(type: "double precision", nullable: false),
                    Reasons = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Goals = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    StartedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    EndedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    EndedById = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MentoringRelationships", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MentoringRelationships_People_EndedById",
                        column: x => x.EndedById,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_MentoringRelationships_People_MenteeId",
                        column: x => x.MenteeId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MentoringRelationships_People_MentorId",
                        column: x => x.MentorId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MentoringRelationships_Programmes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "Programmes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MentoringApplicationSkill",
                columns: table => new
                {
                    ApplicationId = table.Column<long>(type: "bigint", nullable: false),
                    SkillId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MentoringApplicationSkill", x => new { x.ApplicationId, x.SkillId });
                    table.ForeignKey(
                        name: "FK_MentoringApplicationSkill_MentoringApplications_Application~",
                        column: x => x.ApplicationId,
                        principalTable: "MentoringApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MentoringApplicationSkill_Skills_SkillId",
                        column: x => x.SkillId,
                        principalTable: "Skills",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MentoringPreferences",
                columns: table => new
                {
                    ApplicationId = table.Column<long>(type: "bigint", nullable: false),
                    PersonId = table.Column<int>(type: "integer", nullable: false),
                    Rank = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MentoringPreferences", x => new { x.ApplicationId, x.PersonId });
                    table.ForeignKey(
                        name: "FK_MentoringPreferences_MentoringApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "MentoringApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MentoringPreferences_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MentoringFeedback",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RelationshipId = table.Column<long>(type: "bigint", nullable: false),
                    GivenById = table.Column<int>(type: "integer", nullable: false),
                    Rating = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MentoringFeedback", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MentoringFeedback_MentoringRelationships_RelationshipId",
                        column: x => x.RelationshipId,
                        principalTable: "MentoringRelationships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MentoringFeedback_People_GivenById",
                        column: x => x.GivenById,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MentoringSessions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RelationshipId = table.Column<long>(type: "bigint", nullable: false),
                    LoggedById = table.Column<int>(type: "integer", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Note = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    InteractionId = table.Column<long>(type: "bigint", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MentoringSessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MentoringSessions_Interactions_InteractionId",
                        column: x => x.InteractionId,
                        principalTable: "Interactions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_MentoringSessions_MentoringRelationships_RelationshipId",
                        column: x => x.RelationshipId,
                        principalTable: "MentoringRelationships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MentoringSessions_People_LoggedById",
                        column: x => x.LoggedById,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MentoringApplications_PersonId",
                table: "MentoringApplications",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_MentoringApplications_ProgrammeId_PersonId",
                table: "MentoringApplications",
                columns: new[] { "ProgrammeId", "PersonId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MentoringApplicationSkill_SkillId",
                table: "MentoringApplicationSkill",
                column: "SkillId");

            migrationBuilder.CreateIndex(
                name: "IX_MentoringFeedback_GivenById",
                table: "MentoringFeedback",
                column: "GivenById");

            migrationBuilder.CreateIndex(
                name: "IX_MentoringFeedback_RelationshipId",
                table: "MentoringFeedback",
                column: "RelationshipId");

            migrationBuilder.CreateIndex(
                name: "IX_MentoringPreferences_PersonId",
                table: "MentoringPreferences",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_MentoringRelationships_EndedById",
                table: "MentoringRelationships",
                column: "EndedById");

            migrationBuilder.CreateIndex(
                name: "IX_MentoringRelationships_MenteeId",
                table: "MentoringRelationships",
                column: "MenteeId");

            migrationBuilder.CreateIndex(
                name: "IX_MentoringRelationships_MentorId",
                table: "MentoringRelationships",
                column: "MentorId");

            migrationBuilder.CreateIndex(
                name: "IX_MentoringRelationships_ProgrammeId_Status",
                table: "MentoringRelationships",
                columns: new[] { "ProgrammeId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_MentoringSessions_InteractionId",
                table: "MentoringSessions",
                column: "InteractionId");

            migrationBuilder.CreateIndex(
                name: "IX_MentoringSessions_LoggedById",
                table: "MentoringSessions",
                column: "LoggedById");

            migrationBuilder.CreateIndex(
                name: "IX_MentoringSessions_RelationshipId",
                table: "MentoringSessions",
                column: "RelationshipId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MentoringApplicationSkill");

            migrationBuilder.DropTable(
                name: "MentoringFeedback");

            migrationBuilder.DropTable(
                name: "MentoringPreferences");

            migrationBuilder.DropTable(
                name: "MentoringSessions");

            migrationBuilder.DropTable(
                name: "MentoringApplications");

            migrationBuilder.DropTable(
                name: "MentoringRelationships");
        }
    }
}
