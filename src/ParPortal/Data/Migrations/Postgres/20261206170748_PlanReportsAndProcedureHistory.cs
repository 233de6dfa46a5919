using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace ParPortal.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PlanReportsAndProcedureHistory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PlanReportNarratives",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PlanItemId = table.Column<Guid>(type: "uuid", nullable: false),
                    PeriodLabel = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Number = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Superior = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ReportDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Achievements = table.Column<string>(type: "text", nullable: false),
                    Shortcomings = table.Column<string>(type: "text", nullable: false),
                    NextSteps = table.Column<string>(type: "text", nullable: false),
                    Recipients = table.Column<string>(type: "text", nullable: false),
                    SignerTitle = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    SignerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanReportNarratives", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanReportNarratives_ContentItems_PlanItemId",
                        column: x => x.PlanItemId,
                        principalTable: "ContentItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ContentVersions_ProcedureHistory",
                table: "ContentVersions",
                columns: new[] { "ContentType", "PublishedUtc", "ContentItemId", "VersionNumber", "Status", "UnitId" },
                filter: "\"ContentType\" = 'Procedure' AND \"PublishedUtc\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_PlanReportNarratives_PlanItemId_PeriodLabel",
                table: "PlanReportNarratives",
                columns: new[] { "PlanItemId", "PeriodLabel" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PlanReportNarratives");

            migrationBuilder.DropIndex(
                name: "IX_ContentVersions_ProcedureHistory",
                table: "ContentVersions");
        }
    }
}
