using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ParPortal.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PublicationSnapshot : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "FirstPublishedUtc",
                table: "ContentVersions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PublishedTopicIds",
                table: "ContentVersions",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            // Backfill, before the index is built: every version ever published gets its item's first publication (or
            // its own publication where the item has none recorded, the fall-back plan progress used before) and its
            // topic ids in TopicIdList's form, ascending and comma-separated, as ContentVersion.RecordPublication
            // writes them.
            migrationBuilder.Sql("""
                UPDATE "ContentVersions"
                SET "FirstPublishedUtc" = COALESCE(
                    (SELECT "i"."FirstPublishedUtc" FROM "ContentItems" AS "i" WHERE "i"."Id" = "ContentVersions"."ContentItemId"),
                    "PublishedUtc"),
                    "PublishedTopicIds" = (SELECT group_concat("t"."TopicId", ',') FROM (
                        SELECT "TopicId" FROM "ContentVersionTopics" WHERE "VersionId" = "ContentVersions"."Id" ORDER BY "TopicId") AS "t")
                WHERE "PublishedUtc" IS NOT NULL;
                """);

            migrationBuilder.CreateIndex(
                name: "IX_ContentVersions_PlanProgress",
                table: "ContentVersions",
                columns: new[] { "IsPublished", "FirstPublishedUtc", "ContentItemId", "ContentType", "Title", "DocumentType", "UnitId", "PublishedTopicIds" },
                filter: "\"IsPublished\" = TRUE");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ContentVersions_PlanProgress",
                table: "ContentVersions");

            migrationBuilder.DropColumn(
                name: "FirstPublishedUtc",
                table: "ContentVersions");

            migrationBuilder.DropColumn(
                name: "PublishedTopicIds",
                table: "ContentVersions");
        }
    }
}
