using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Collections.Server.Persistence.Migrations.Postgres
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    LastSequence = table.Column<long>(type: "bigint", nullable: false),
                    LastHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    RowsDeleted = table.Column<long>(type: "bigint", nullable: false),
                    PrunedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_server_audit_anchors", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "server_audit_entries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Sequence = table.Column<long>(type: "bigint", nullable: false),
                    OccurredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ActorKind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ActorId = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Action = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Target = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: true),
                    ClientAddress = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Details = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    PreviousHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
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
