using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Collections.Server.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AuditTrail : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "server_audit_anchors",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    LastSequence = table.Column<long>(type: "INTEGER", nullable: false),
                    LastHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RowsDeleted = table.Column<long>(type: "INTEGER", nullable: false),
                    PrunedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_server_audit_anchors", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "server_audit_entries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    OccurredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ActorKind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ActorId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Target = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ClientAddress = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Details = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    PreviousHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_server_audit_entries", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_server_audit_anchors_LastSequence",
                table: "server_audit_anchors",
                column: "LastSequence",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_server_audit_entries_Action_Sequence",
                table: "server_audit_entries",
                columns: new[] { "Action", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_server_audit_entries_ActorId_Sequence",
                table: "server_audit_entries",
                columns: new[] { "ActorId", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_server_audit_entries_CaseId_Sequence",
                table: "server_audit_entries",
                columns: new[] { "CaseId", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_server_audit_entries_OccurredAt",
                table: "server_audit_entries",
                column: "OccurredAt");

            migrationBuilder.CreateIndex(
                name: "IX_server_audit_entries_Sequence",
                table: "server_audit_entries",
                column: "Sequence",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "server_audit_anchors");

            migrationBuilder.DropTable(
                name: "server_audit_entries");
        }
    }
}
