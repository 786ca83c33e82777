using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Collections.Domain.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CaseBusinessStage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // "Stage" held the waiting activity ids; they move to "Activity" and "Stage" becomes the business stage,
            // filled for open cases by the stage observer's next pass and set to 'closed' for closed ones here.
            migrationBuilder.RenameColumn(
                name: "Stage",
                table: "domain_cases",
                newName: "Activity");

            migrationBuilder.AddColumn<string>(
                name: "Stage",
                table: "domain_cases",
                type: "TEXT",
                maxLength: 50,
                nullable: true);

            migrationBuilder.Sql("UPDATE domain_cases SET \"Stage\" = 'closed' WHERE \"Status\" = 'closed';");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Stage",
                table: "domain_cases");

            migrationBuilder.RenameColumn(
                name: "Activity",
                table: "domain_cases",
                newName: "Stage");
        }
    }
}
