using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Mingle.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class NotificationAbout : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "AboutPersonId",
                table: "Notifications",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_AboutPersonId",
                table: "Notifications",
                column: "AboutPersonId");

            migrationBuilder.AddForeignKey(
                name: "FK_Notifications_People_AboutPersonId",
                table: "Notifications",
                column: "AboutPersonId",
                principalTable: "People",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Notifications_People_AboutPersonId",
                table: "Notifications");

            migrationBuilder.DropIndex(
                name: "IX_Notifications_AboutPersonId",
                table: "Notifications");

            migrationBuilder.DropColumn(
                name: "AboutPersonId",
                table: "Notifications");
        }
    }
}
