using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Collections.Domain.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ContactOverrides : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "OverrideArguments",
                table: "domain_contact_attempts",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OverrideReason",
                table: "domain_contact_attempts",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OverrideRule",
                table: "domain_contact_attempts",
                type: "character varying(60)",
                maxLength: 60,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "OverrideArguments",
                table: "domain_contact_attempts");

            migrationBuilder.DropColumn(
                name: "OverrideReason",
                table: "domain_contact_attempts");

            migrationBuilder.DropColumn(
                name: "OverrideRule",
                table: "domain_contact_attempts");
        }
    }
}
