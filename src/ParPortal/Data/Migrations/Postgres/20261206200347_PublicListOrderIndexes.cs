using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ParPortal.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PublicListOrderIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ContentVersions_Published_Type",
                table: "ContentVersions");

            migrationBuilder.CreateIndex(
                name: "IX_ContentVersions_Published_Field",
                table: "ContentVersions",
                columns: new[] { "ContentType", "Field", "Title" },
                filter: "\"IsPublished\"");

            migrationBuilder.CreateIndex(
                name: "IX_ContentVersions_Published_Issued",
                table: "ContentVersions",
                columns: new[] { "ContentType", "IssueDate", "PublishedUtc" },
                filter: "\"IsPublished\"");

            migrationBuilder.CreateIndex(
                name: "IX_ContentVersions_Published_Type",
                table: "ContentVersions",
                columns: new[] { "ContentType", "PublishedUtc", "Id" },
                filter: "\"IsPublished\"");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ContentVersions_Published_Field",
                table: "ContentVersions");

            migrationBuilder.DropIndex(
                name: "IX_ContentVersions_Published_Issued",
                table: "ContentVersions");

            migrationBuilder.DropIndex(
                name: "IX_ContentVersions_Published_Type",
                table: "ContentVersions");

            migrationBuilder.CreateIndex(
                name: "IX_ContentVersions_Published_Type",
                table: "ContentVersions",
                columns: new[] { "ContentType", "PublishedUtc" },
                filter: "\"IsPublished\"");
        }
    }
}
