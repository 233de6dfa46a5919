using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ParPortal.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PublishedTypeIndexHoldsItem : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ContentVersions_Published_Type",
                table: "ContentVersions");

            migrationBuilder.CreateIndex(
                name: "IX_ContentVersions_Published_Type",
                table: "ContentVersions",
                columns: new[] { "ContentType", "PublishedUtc", "Id", "ContentItemId" },
                filter: "\"IsPublished\"");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ContentVersions_Published_Type",
                table: "ContentVersions");

            migrationBuilder.CreateIndex(
                name: "IX_ContentVersions_Published_Type",
                table: "ContentVersions",
                columns: new[] { "ContentType", "PublishedUtc", "Id" },
                filter: "\"IsPublished\"");
        }
    }
}
