using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ParPortal.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OrderKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ContentVersions_Published_Field",
                table: "ContentVersions");

            migrationBuilder.AddColumn<string>(
                name: "FieldOrder",
                table: "ContentVersions",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TitleOrder",
                table: "ContentVersions",
                type: "TEXT",
                maxLength: 1000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_ContentVersions_Published_Field",
                table: "ContentVersions",
                columns: new[] { "ContentType", "FieldOrder", "TitleOrder" },
                filter: "\"IsPublished\"");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ContentVersions_Published_Field",
                table: "ContentVersions");

            migrationBuilder.DropColumn(
                name: "FieldOrder",
                table: "ContentVersions");

            migrationBuilder.DropColumn(
                name: "TitleOrder",
                table: "ContentVersions");

            migrationBuilder.CreateIndex(
                name: "IX_ContentVersions_Published_Field",
                table: "ContentVersions",
                columns: new[] { "ContentType", "Field", "Title" },
                filter: "\"IsPublished\"");
        }
    }
}
