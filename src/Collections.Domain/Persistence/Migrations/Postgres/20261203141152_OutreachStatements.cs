using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Collections.Domain.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class OutreachStatements : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "StatementId",
                table: "domain_outreach_intents",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "domain_outreach_statements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DebtorId = table.Column<Guid>(type: "uuid", nullable: false),
                    Day = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Channel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    OwnerIntentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Items = table.Column<string>(type: "text", maxLength: 2147483647, nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_domain_outreach_statements", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_domain_outreach_intents_StatementId",
                table: "domain_outreach_intents",
                column: "StatementId");

            migrationBuilder.CreateIndex(
                name: "IX_domain_outreach_statements_DebtorId_Day_Channel",
                table: "domain_outreach_statements",
                columns: new[] { "DebtorId", "Day", "Channel" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_domain_outreach_statements_OwnerIntentId",
                table: "domain_outreach_statements",
                column: "OwnerIntentId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "domain_outreach_statements");

            migrationBuilder.DropIndex(
                name: "IX_domain_outreach_intents_StatementId",
                table: "domain_outreach_intents");

            migrationBuilder.DropColumn(
                name: "StatementId",
                table: "domain_outreach_intents");
        }
    }
}
