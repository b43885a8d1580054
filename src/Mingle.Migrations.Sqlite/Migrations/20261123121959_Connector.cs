using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Mingle.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Connector : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "EmailDeliveries",
                columns: table => new
                {
                    NotificationId = table.Column<long>(type: "INTEGER", nullable: false),
                    ClaimedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SentAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EmailDeliveries", x => x.NotificationId);
                    table.ForeignKey(
                        name: "FK_EmailDeliveries_Notifications_NotificationId",
                        column: x => x.NotificationId,
                        principalTable: "Notifications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Introductions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ConnectorId = table.Column<int>(type: "INTEGER", nullable: false),
                    PersonAId = table.Column<int>(type: "INTEGER", nullable: false),
                    PersonBId = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    AnswerA = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    AnswerB = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    AnsweredAAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AnsweredBAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AcceptedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Introductions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Introductions_People_ConnectorId",
                        column: x => x.ConnectorId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Introductions_People_PersonAId",
                        column: x => x.PersonAId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Introductions_People_PersonBId",
                        column: x => x.PersonBId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EmailDeliveries_SentAt",
                table: "EmailDeliveries",
                column: "SentAt");

            migrationBuilder.CreateIndex(
                name: "IX_Introductions_ConnectorId_CreatedAt",
                table: "Introductions",
                columns: new[] { "ConnectorId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Introductions_PersonAId_PersonBId",
                table: "Introductions",
                columns: new[] { "PersonAId", "PersonBId" });

            migrationBuilder.CreateIndex(
                name: "IX_Introductions_PersonBId",
                table: "Introductions",
                column: "PersonBId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EmailDeliveries");

            migrationBuilder.DropTable(
                name: "Introductions");
        }
    }
}
