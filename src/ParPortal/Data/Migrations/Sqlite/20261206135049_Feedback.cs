using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ParPortal.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Feedback : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Answer",
                table: "ContentVersions",
                type: "TEXT",
                maxLength: 20000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AnsweredBy",
                table: "ContentVersions",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "AnsweredUtc",
                table: "ContentVersions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ClosedReason",
                table: "ContentVersions",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ClosedUtc",
                table: "ContentVersions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ProcedureCode",
                table: "ContentVersions",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Question",
                table: "ContentVersions",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ReceivedOn",
                table: "ContentVersions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TrackingCode",
                table: "ContentVersions",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "FeedbackContacts",
                columns: table => new
                {
                    ContentItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    ConcernedUnitId = table.Column<int>(type: "INTEGER", nullable: true),
                    SubmissionKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    AttachmentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AttachmentName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    AttachmentContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    AttachmentPath = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    AttachmentBytes = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FeedbackContacts", x => x.ContentItemId);
                    table.ForeignKey(
                        name: "FK_FeedbackContacts_ContentItems_ContentItemId",
                        column: x => x.ContentItemId,
                        principalTable: "ContentItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PageRatings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Path = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Score = table.Column<int>(type: "INTEGER", nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    VoterKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PageRatings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RatingSalts",
                columns: table => new
                {
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Salt = table.Column<byte[]>(type: "BLOB", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RatingSalts", x => x.Day);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ContentVersions_ProcedureCode",
                table: "ContentVersions",
                column: "ProcedureCode");

            migrationBuilder.CreateIndex(
                name: "IX_ContentVersions_TrackingCode",
                table: "ContentVersions",
                column: "TrackingCode");

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackContacts_SubmissionKey",
                table: "FeedbackContacts",
                column: "SubmissionKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PageRatings_Day_Path",
                table: "PageRatings",
                columns: new[] { "Day", "Path" });

            migrationBuilder.CreateIndex(
                name: "IX_PageRatings_VoterKey",
                table: "PageRatings",
                column: "VoterKey",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FeedbackContacts");

            migrationBuilder.DropTable(
                name: "PageRatings");

            migrationBuilder.DropTable(
                name: "RatingSalts");

            migrationBuilder.DropIndex(
                name: "IX_ContentVersions_ProcedureCode",
                table: "ContentVersions");

            migrationBuilder.DropIndex(
                name: "IX_ContentVersions_TrackingCode",
                table: "ContentVersions");

            migrationBuilder.DropColumn(
                name: "Answer",
                table: "ContentVersions");

            migrationBuilder.DropColumn(
                name: "AnsweredBy",
                table: "ContentVersions");

            migrationBuilder.DropColumn(
                name: "AnsweredUtc",
                table: "ContentVersions");

            migrationBuilder.DropColumn(
                name: "ClosedReason",
                table: "ContentVersions");

            migrationBuilder.DropColumn(
                name: "ClosedUtc",
                table: "ContentVersions");

            migrationBuilder.DropColumn(
                name: "ProcedureCode",
                table: "ContentVersions");

            migrationBuilder.DropColumn(
                name: "Question",
                table: "ContentVersions");

            migrationBuilder.DropColumn(
                name: "ReceivedOn",
                table: "ContentVersions");

            migrationBuilder.DropColumn(
                name: "TrackingCode",
                table: "ContentVersions");
        }
    }
}
