using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Collections.Engine.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InstanceMigration : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "engine_history_migrations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProcessInstanceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BatchId = table.Column<Guid>(type: "TEXT", nullable: true),
                    FromDefinitionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FromVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    ToDefinitionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ToVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    Moves = table.Column<string>(type: "TEXT", nullable: false),
                    MigratedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_engine_history_migrations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "engine_migration_batch_items",
                columns: table => new
                {
                    BatchId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProcessInstanceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BusinessKey = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Message = table.Column<string>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_engine_migration_batch_items", x => new { x.BatchId, x.ProcessInstanceId });
                });

            migrationBuilder.CreateTable(
                name: "engine_migration_batches",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SourceDefinitionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TargetDefinitionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DefinitionKey = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    SourceVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    TargetVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    Plan = table.Column<string>(type: "TEXT", nullable: false),
                    Total = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_engine_migration_batches", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_engine_history_migrations_ProcessInstanceId",
                table: "engine_history_migrations",
                column: "ProcessInstanceId");

            migrationBuilder.CreateIndex(
                name: "IX_engine_migration_batch_items_BatchId_Status",
                table: "engine_migration_batch_items",
                columns: new[] { "BatchId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_engine_migration_batches_DefinitionKey",
                table: "engine_migration_batches",
                column: "DefinitionKey");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "engine_history_migrations");

            migrationBuilder.DropTable(
                name: "engine_migration_batch_items");

            migrationBuilder.DropTable(
                name: "engine_migration_batches");
        }
    }
}
