using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Collections.Domain.Persistence.Migrations.Postgres
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
                filter: "\"Status\" = 'open'")
                .Annotation("Npgsql:IndexInclude", new[] { "Id", "Priority", "InvoiceId", "DebtorId" });

            // The inbox searches debtor names and invoice numbers with lower(x) LIKE '%term%' (issue 8). Trigram indexes
            // answer that without reading every row; EF cannot model expression indexes, so they are plain SQL here.
            // pg_trgm ships with PostgreSQL and is a trusted extension: the database owner may create it.
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS pg_trgm;");
            migrationBuilder.Sql("CREATE INDEX \"IX_domain_debtors_Name_trgm\" ON domain_debtors USING gin (lower(\"Name\") gin_trgm_ops);");
            migrationBuilder.Sql("CREATE INDEX \"IX_domain_invoices_Number_trgm\" ON domain_invoices USING gin (lower(\"Number\") gin_trgm_ops);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS \"IX_domain_invoices_Number_trgm\";");
            migrationBuilder.Sql("DROP INDEX IF EXISTS \"IX_domain_debtors_Name_trgm\";");

            migrationBuilder.DropIndex(
                name: "IX_domain_cases_Open_ProcessInstanceId",
                table: "domain_cases");
        }
    }
}
