using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Collections.Domain.Persistence.Migrations.Sqlite
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
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "domain_outreach_statements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DebtorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Day = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    OwnerIntentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Items = table.Column<string>(type: "TEXT", maxLength: 2147483647, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
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
