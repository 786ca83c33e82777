using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Collections.Domain.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PlansAndOffers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ApprovalGroups",
                table: "domain_settlement_offers",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ApprovalTaskId",
                table: "domain_settlement_offers",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "Balance",
                table: "domain_settlement_offers",
                type: "numeric(18,4)",
                precision: 18,
                scale: 4,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "DecidedAt",
                table: "domain_settlement_offers",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ExpiresOn",
                table: "domain_settlement_offers",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<string>(
                name: "Notes",
                table: "domain_settlement_offers",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ProcessState",
                table: "domain_settlement_offers",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "ProposedBy",
                table: "domain_settlement_offers",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Notes",
                table: "domain_payment_plans",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "PaidSoFar",
                table: "domain_payment_plans",
                type: "numeric(18,4)",
                precision: 18,
                scale: 4,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<string>(
                name: "ProcessState",
                table: "domain_payment_plans",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "ProposedBy",
                table: "domain_payment_plans",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Status",
                table: "domain_payment_plans",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_domain_settlement_offers_ApprovalTaskId",
                table: "domain_settlement_offers",
                column: "ApprovalTaskId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_domain_settlement_offers_ApprovalTaskId",
                table: "domain_settlement_offers");

            migrationBuilder.DropColumn(
                name: "ApprovalGroups",
                table: "domain_settlement_offers");

            migrationBuilder.DropColumn(
                name: "ApprovalTaskId",
                table: "domain_settlement_offers");

            migrationBuilder.DropColumn(
                name: "Balance",
                table: "domain_settlement_offers");

            migrationBuilder.DropColumn(
                name: "DecidedAt",
                table: "domain_settlement_offers");

            migrationBuilder.DropColumn(
                name: "ExpiresOn",
                table: "domain_settlement_offers");

            migrationBuilder.DropColumn(
                name: "Notes",
                table: "domain_settlement_offers");

            migrationBuilder.DropColumn(
                name: "ProcessState",
                table: "domain_settlement_offers");

            migrationBuilder.DropColumn(
                name: "ProposedBy",
                table: "domain_settlement_offers");

            migrationBuilder.DropColumn(
                name: "Notes",
                table: "domain_payment_plans");

            migrationBuilder.DropColumn(
                name: "PaidSoFar",
                table: "domain_payment_plans");

            migrationBuilder.DropColumn(
                name: "ProcessState",
                table: "domain_payment_plans");

            migrationBuilder.DropColumn(
                name: "ProposedBy",
                table: "domain_payment_plans");

            migrationBuilder.DropColumn(
                name: "Status",
                table: "domain_payment_plans");
        }
    }
}
