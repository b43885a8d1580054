using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Mingle.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Programmes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "MatchBlocks",
                columns: table => new
                {
                    BlockerId = table.Column<int>(type: "integer", nullable: false),
                    BlockedId = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MatchBlocks", x => new { x.BlockerId, x.BlockedId });
                    table.ForeignKey(
                        name: "FK_MatchBlocks_People_BlockedId",
                        column: x => x.BlockedId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MatchBlocks_People_BlockerId",
                        column: x => x.BlockerId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MeetingBudgets",
                columns: table => new
                {
                    PersonId = table.Column<int>(type: "integer", nullable: false),
                    MaxPerMonth = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingBudgets", x => x.PersonId);
                    table.ForeignKey(
                        name: "FK_MeetingBudgets_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Programmes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Slug = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Type = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    OwnerId = table.Column<int>(type: "integer", nullable: true),
                    EnrolAll = table.Column<bool>(type: "boolean", nullable: false),
                    Cadence = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    GroupSize = table.Column<int>(type: "integer", nullable: false),
                    RepeatRounds = table.Column<int>(type: "integer", nullable: false),
                    MinOverlapHours = table.Column<double>(type: "double precision", nullable: false),
                    MaxLevelGap = table.Column<int>(type: "integer", nullable: false),
                    CrossUnitWeight = table.Column<double>(type: "double precision", nullable: false),
                    CrossLocationWeight = table.Column<double>(type: "double precision", nullable: false),
                    CrossLevelWeight = table.Column<double>(type: "double precision", nullable: false),
                    SiloWeight = table.Column<double>(type: "double precision", nullable: false),
                    SharedInterestWeight = table.Column<double>(type: "double precision", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Programmes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Programmes_People_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "ProgrammeMembers",
                columns: table => new
                {
                    ProgrammeId = table.Column<int>(type: "integer", nullable: false),
                    PersonId = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    PausedUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    JoinedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgrammeMembers", x => new { x.ProgrammeId, x.PersonId });
                    table.ForeignKey(
                        name: "FK_ProgrammeMembers_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ProgrammeMembers_Programmes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "Programmes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProgrammeRounds",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProgrammeId = table.Column<int>(type: "integer", nullable: false),
                    Period = table.Column<DateOnly>(type: "date", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    PublishedById = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgrammeRounds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProgrammeRounds_People_PublishedById",
                        column: x => x.PublishedById,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_ProgrammeRounds_Programmes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "Programmes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProgrammeMatches",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoundId = table.Column<int>(type: "integer", nullable: false),
                    Explanation = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Weight = table.Column<double>(type: "double precision", nullable: false),
                    SuggestedStart = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgrammeMatches", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProgrammeMatches_ProgrammeRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "ProgrammeRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MatchParticipants",
                columns: table => new
                {
                    MatchId = table.Column<long>(type: "bigint", nullable: false),
                    PersonId = table.Column<int>(type: "integer", nullable: false),
                    FollowUp = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    AnsweredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MatchParticipants", x => new { x.MatchId, x.PersonId });
                    table.ForeignKey(
                        name: "FK_MatchParticipants_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MatchParticipants_ProgrammeMatches_MatchId",
                        column: x => x.MatchId,
                        principalTable: "ProgrammeMatches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MatchBlocks_BlockedId",
                table: "MatchBlocks",
                column: "BlockedId");

            migrationBuilder.CreateIndex(
                name: "IX_MatchParticipants_PersonId",
                table: "MatchParticipants",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_ProgrammeMatches_RoundId",
                table: "ProgrammeMatches",
                column: "RoundId");

            migrationBuilder.CreateIndex(
                name: "IX_ProgrammeMembers_PersonId",
                table: "ProgrammeMembers",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_ProgrammeRounds_ProgrammeId_Period",
                table: "ProgrammeRounds",
                columns: new[] { "ProgrammeId", "Period" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProgrammeRounds_PublishedById",
                table: "ProgrammeRounds",
                column: "PublishedById");

            migrationBuilder.CreateIndex(
                name: "IX_Programmes_OwnerId",
                table: "Programmes",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_Programmes_Slug",
                table: "Programmes",
                column: "Slug",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MatchBlocks");

            migrationBuilder.DropTable(
                name: "MatchParticipants");

            migrationBuilder.DropTable(
                name: "MeetingBudgets");

            migrationBuilder.DropTable(
                name: "ProgrammeMembers");

            migrationBuilder.DropTable(
                name: "ProgrammeMatches");

            migrationBuilder.DropTable(
                name: "ProgrammeRounds");

            migrationBuilder.DropTable(
                name: "Programmes");
        }
    }
}
