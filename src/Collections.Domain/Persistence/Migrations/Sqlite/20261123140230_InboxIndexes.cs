using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Collections.Domain.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InboxIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_domain_cases_Open_ProcessInstanceId",
                table: "domain_cases",
                column: "ProcessInstanceId",
                filter: "\"Status\" = 'open'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_domain_cases_Open_ProcessInstanceId",
                table: "domain_cases");
        }
    }
}
