using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ParPortal.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SearchOutboxSynonymsTitleKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The SQLite FTS5 search tables of earlier versions (created by code, not by a migration) are replaced by
            // the Lucene index in the data folder; dropping an FTS5 table drops its shadow tables too.
            foreach (var table in new[] { "search_fts", "search_titles", "search_facets", "search_doc_topics", "search_docs" })
            {
                migrationBuilder.Sql($"DROP TABLE IF EXISTS {table};");
            }

            migrationBuilder.AddColumn<string>(
                name: "TitleKey",
                table: "ContentVersions",
                type: "TEXT",
                maxLength: 1000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "SearchOutbox",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ContentItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnqueuedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchOutbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SearchVocabulary",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Synonyms = table.Column<string>(type: "TEXT", maxLength: 100000, nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchVocabulary", x => x.Id);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SearchOutbox");

            migrationBuilder.DropTable(
                name: "SearchVocabulary");

            migrationBuilder.DropColumn(
                name: "TitleKey",
                table: "ContentVersions");
        }
    }
}
