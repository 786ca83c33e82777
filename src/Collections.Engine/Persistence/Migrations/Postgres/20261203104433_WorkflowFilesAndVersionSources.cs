using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Collections.Engine.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class WorkflowFilesAndVersionSources : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ChangeNote",
                table: "engine_definitions",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Source",
                table: "engine_definitions",
                type: "character varying(16)",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SourceReference",
                table: "engine_definitions",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "engine_workflow_files",
                columns: table => new
                {
                    Key = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    Path = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    FileHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    DeployedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_engine_workflow_files", x => x.Key);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "engine_workflow_files");

            migrationBuilder.DropColumn(
                name: "ChangeNote",
                table: "engine_definitions");

            migrationBuilder.DropColumn(
                name: "Source",
                table: "engine_definitions");

            migrationBuilder.DropColumn(
                name: "SourceReference",
                table: "engine_definitions");
        }
    }
}
