using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Collections.Domain.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InitialDomain : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "domain_contact_attempts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Direction = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ReasonCode = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    By = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_domain_contact_attempts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "domain_debtors",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ExternalId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TaxId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Language = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TimeZone = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Country = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Segment = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RiskScore = table.Column<int>(type: "INTEGER", nullable: false),
                    HasService = table.Column<bool>(type: "INTEGER", nullable: false),
                    Contacts = table.Column<string>(type: "TEXT", maxLength: 2147483647, nullable: false),
                    AlternateContacts = table.Column<string>(type: "TEXT", maxLength: 2147483647, nullable: false),
                    OptOuts = table.Column<string>(type: "TEXT", maxLength: 2147483647, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_domain_debtors", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "domain_disputes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Owner = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Resolution = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    OpenedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_domain_disputes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "domain_idempotency_keys",
                columns: table => new
                {
                    Client = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RequestHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    StatusCode = table.Column<int>(type: "INTEGER", nullable: false),
                    ResponseBody = table.Column<string>(type: "TEXT", maxLength: 2147483647, nullable: true),
                    Location = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_domain_idempotency_keys", x => new { x.Client, x.Key });
                });

            migrationBuilder.CreateTable(
                name: "domain_payment_plans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Total = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Installments = table.Column<string>(type: "TEXT", maxLength: 2147483647, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_domain_payment_plans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "domain_payments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InvoiceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PaidOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_domain_payments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "domain_promises",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PromisedDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PaidSoFar = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ResolvedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_domain_promises", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "domain_service_suspensions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RequestedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ChangedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_domain_service_suspensions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "domain_settlement_offers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DiscountPercent = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ApprovalState = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Approver = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_domain_settlement_offers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "domain_timeline",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_domain_timeline", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "domain_webhook_deliveries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubscriptionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventType = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Payload = table.Column<string>(type: "TEXT", maxLength: 2147483647, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    NextAttemptAt = table.Column<long>(type: "INTEGER", nullable: false),
                    WindowStartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastAttemptAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastStatusCode = table.Column<int>(type: "INTEGER", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    DeliveredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LockedUntil = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_domain_webhook_deliveries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "domain_webhook_subscriptions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Events = table.Column<string>(type: "TEXT", maxLength: 2147483647, nullable: false),
                    Secret = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_domain_webhook_subscriptions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "domain_invoices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ExternalId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DebtorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    Balance = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    IssueDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PurchaseOrderNumber = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_domain_invoices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_domain_invoices_domain_debtors_DebtorId",
                        column: x => x.DebtorId,
                        principalTable: "domain_debtors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "domain_cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InvoiceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DebtorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProcessKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ProcessInstanceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AssignedCollector = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Priority = table.Column<int>(type: "INTEGER", nullable: false),
                    BrokenPromises = table.Column<int>(type: "INTEGER", nullable: false),
                    OpenedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_domain_cases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_domain_cases_domain_invoices_InvoiceId",
                        column: x => x.InvoiceId,
                        principalTable: "domain_invoices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_domain_cases_AssignedCollector",
                table: "domain_cases",
                column: "AssignedCollector");

            migrationBuilder.CreateIndex(
                name: "IX_domain_cases_DebtorId",
                table: "domain_cases",
                column: "DebtorId");

            migrationBuilder.CreateIndex(
                name: "IX_domain_cases_InvoiceId",
                table: "domain_cases",
                column: "InvoiceId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_domain_cases_ProcessInstanceId",
                table: "domain_cases",
                column: "ProcessInstanceId");

            migrationBuilder.CreateIndex(
                name: "IX_domain_cases_Status_Priority",
                table: "domain_cases",
                columns: new[] { "Status", "Priority" });

            migrationBuilder.CreateIndex(
                name: "IX_domain_contact_attempts_CaseId",
                table: "domain_contact_attempts",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_domain_debtors_ExternalId",
                table: "domain_debtors",
                column: "ExternalId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_domain_disputes_CaseId",
                table: "domain_disputes",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_domain_invoices_DebtorId",
                table: "domain_invoices",
                column: "DebtorId");

            migrationBuilder.CreateIndex(
                name: "IX_domain_invoices_ExternalId",
                table: "domain_invoices",
                column: "ExternalId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_domain_invoices_Number",
                table: "domain_invoices",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_domain_invoices_Status_DueDate",
                table: "domain_invoices",
                columns: new[] { "Status", "DueDate" });

            migrationBuilder.CreateIndex(
                name: "IX_domain_payment_plans_CaseId",
                table: "domain_payment_plans",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_domain_payments_CaseId",
                table: "domain_payments",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_domain_payments_InvoiceId_Reference",
                table: "domain_payments",
                columns: new[] { "InvoiceId", "Reference" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_domain_promises_CaseId",
                table: "domain_promises",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_domain_promises_Status_PromisedDate",
                table: "domain_promises",
                columns: new[] { "Status", "PromisedDate" });

            migrationBuilder.CreateIndex(
                name: "IX_domain_service_suspensions_CaseId",
                table: "domain_service_suspensions",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_domain_settlement_offers_CaseId",
                table: "domain_settlement_offers",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_domain_timeline_CaseId_At",
                table: "domain_timeline",
                columns: new[] { "CaseId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_domain_webhook_deliveries_Status_NextAttemptAt",
                table: "domain_webhook_deliveries",
                columns: new[] { "Status", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_domain_webhook_deliveries_SubscriptionId",
                table: "domain_webhook_deliveries",
                column: "SubscriptionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "domain_cases");

            migrationBuilder.DropTable(
                name: "domain_contact_attempts");

            migrationBuilder.DropTable(
                name: "domain_disputes");

            migrationBuilder.DropTable(
                name: "domain_idempotency_keys");

            migrationBuilder.DropTable(
                name: "domain_payment_plans");

            migrationBuilder.DropTable(
                name: "domain_payments");

            migrationBuilder.DropTable(
                name: "domain_promises");

            migrationBuilder.DropTable(
                name: "domain_service_suspensions");

            migrationBuilder.DropTable(
                name: "domain_settlement_offers");

            migrationBuilder.DropTable(
                name: "domain_timeline");

            migrationBuilder.DropTable(
                name: "domain_webhook_deliveries");

            migrationBuilder.DropTable(
                name: "domain_webhook_subscriptions");

            migrationBuilder.DropTable(
                name: "domain_invoices");

            migrationBuilder.DropTable(
                name: "domain_debtors");
        }
    }
}
