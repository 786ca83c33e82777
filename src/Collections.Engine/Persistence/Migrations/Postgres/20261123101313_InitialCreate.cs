using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Collections.Engine.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "engine_definitions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Key = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: true),
                    ResourceName = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Xml = table.Column<string>(type: "text", nullable: false),
                    XmlHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    IsExecutable = table.Column<bool>(type: "boolean", nullable: false),
                    VersionTag = table.Column<string>(type: "text", nullable: true),
                    DeployedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_engine_definitions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "engine_external_tasks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Topic = table.Column<string>(type: "text", nullable: false),
                    ProcessInstanceId = table.Column<Guid>(type: "uuid", nullable: false),
                    RootInstanceId = table.Column<Guid>(type: "uuid", nullable: false),
                    ActivityId = table.Column<string>(type: "text", nullable: false),
                    ActivityInstanceId = table.Column<string>(type: "text", nullable: false),
                    DefinitionId = table.Column<Guid>(type: "uuid", nullable: false),
                    DefinitionKey = table.Column<string>(type: "text", nullable: false),
                    BusinessKey = table.Column<string>(type: "text", nullable: true),
                    Priority = table.Column<long>(type: "bigint", nullable: false),
                    WorkerId = table.Column<string>(type: "text", nullable: true),
                    LockExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Retries = table.Column<int>(type: "integer", nullable: true),
                    ErrorMessage = table.Column<string>(type: "text", nullable: true),
                    ErrorDetails = table.Column<string>(type: "text", nullable: true),
                    AvailableAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_engine_external_tasks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "engine_history_activities",
                columns: table => new
                {
                    ProcessInstanceId = table.Column<Guid>(type: "uuid", nullable: false),
                    ActivityInstanceId = table.Column<string>(type: "text", nullable: false),
                    ActivityId = table.Column<string>(type: "text", nullable: false),
                    ActivityName = table.Column<string>(type: "text", nullable: true),
                    ActivityType = table.Column<string>(type: "text", nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    EndedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Canceled = table.Column<bool>(type: "boolean", nullable: false),
                    Assignee = table.Column<string>(type: "text", nullable: true),
                    TaskId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_engine_history_activities", x => new { x.ProcessInstanceId, x.ActivityInstanceId });
                });

            migrationBuilder.CreateTable(
                name: "engine_history_variables",
                columns: table => new
                {
                    ProcessInstanceId = table.Column<Guid>(type: "uuid", nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    Value = table.Column<string>(type: "text", nullable: false),
                    ActivityInstanceId = table.Column<string>(type: "text", nullable: true),
                    ChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_engine_history_variables", x => new { x.ProcessInstanceId, x.Sequence });
                });

            migrationBuilder.CreateTable(
                name: "engine_incidents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Type = table.Column<string>(type: "text", nullable: false),
                    ProcessInstanceId = table.Column<Guid>(type: "uuid", nullable: false),
                    RootInstanceId = table.Column<Guid>(type: "uuid", nullable: false),
                    ActivityId = table.Column<string>(type: "text", nullable: false),
                    ActivityInstanceId = table.Column<string>(type: "text", nullable: true),
                    JobId = table.Column<Guid>(type: "uuid", nullable: true),
                    ExternalTaskId = table.Column<Guid>(type: "uuid", nullable: true),
                    Message = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ResolvedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_engine_incidents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "engine_instances",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DefinitionId = table.Column<Guid>(type: "uuid", nullable: false),
                    DefinitionKey = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    DefinitionVersion = table.Column<int>(type: "integer", nullable: false),
                    BusinessKey = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    ParentInstanceId = table.Column<Guid>(type: "uuid", nullable: true),
                    RootInstanceId = table.Column<Guid>(type: "uuid", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    EndedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Document = table.Column<string>(type: "text", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_engine_instances", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "engine_jobs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Type = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ProcessInstanceId = table.Column<Guid>(type: "uuid", nullable: true),
                    RootInstanceId = table.Column<Guid>(type: "uuid", nullable: true),
                    DefinitionId = table.Column<Guid>(type: "uuid", nullable: true),
                    ActivityId = table.Column<string>(type: "text", nullable: false),
                    ActivityInstanceId = table.Column<string>(type: "text", nullable: true),
                    DueAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Priority = table.Column<int>(type: "integer", nullable: false),
                    Exclusive = table.Column<bool>(type: "boolean", nullable: false),
                    Retries = table.Column<int>(type: "integer", nullable: false),
                    LockOwner = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    LockExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ExceptionMessage = table.Column<string>(type: "text", nullable: true),
                    Payload = table.Column<string>(type: "text", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_engine_jobs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "engine_message_subscriptions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MessageName = table.Column<string>(type: "text", nullable: false),
                    ProcessInstanceId = table.Column<Guid>(type: "uuid", nullable: false),
                    RootInstanceId = table.Column<Guid>(type: "uuid", nullable: false),
                    BusinessKey = table.Column<string>(type: "text", nullable: true),
                    ActivityId = table.Column<string>(type: "text", nullable: false),
                    ActivityInstanceId = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_engine_message_subscriptions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "engine_user_tasks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProcessInstanceId = table.Column<Guid>(type: "uuid", nullable: false),
                    RootInstanceId = table.Column<Guid>(type: "uuid", nullable: false),
                    ActivityInstanceId = table.Column<string>(type: "text", nullable: false),
                    TaskDefinitionKey = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: true),
                    DefinitionId = table.Column<Guid>(type: "uuid", nullable: false),
                    DefinitionKey = table.Column<string>(type: "text", nullable: false),
                    BusinessKey = table.Column<string>(type: "text", nullable: true),
                    Assignee = table.Column<string>(type: "text", nullable: true),
                    CandidateGroups = table.Column<string>(type: "text", nullable: true),
                    CandidateUsers = table.Column<string>(type: "text", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DueDate = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    FollowUpDate = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Priority = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_engine_user_tasks", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_engine_definitions_Key_Version",
                table: "engine_definitions",
                columns: new[] { "Key", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_engine_external_tasks_ProcessInstanceId",
                table: "engine_external_tasks",
                column: "ProcessInstanceId");

            migrationBuilder.CreateIndex(
                name: "IX_engine_external_tasks_RootInstanceId",
                table: "engine_external_tasks",
                column: "RootInstanceId");

            migrationBuilder.CreateIndex(
                name: "IX_engine_external_tasks_Topic_AvailableAt",
                table: "engine_external_tasks",
                columns: new[] { "Topic", "AvailableAt" });

            migrationBuilder.CreateIndex(
                name: "IX_engine_incidents_ProcessInstanceId",
                table: "engine_incidents",
                column: "ProcessInstanceId");

            migrationBuilder.CreateIndex(
                name: "IX_engine_incidents_RootInstanceId",
                table: "engine_incidents",
                column: "RootInstanceId");

            migrationBuilder.CreateIndex(
                name: "IX_engine_instances_BusinessKey",
                table: "engine_instances",
                column: "BusinessKey");

            migrationBuilder.CreateIndex(
                name: "IX_engine_instances_DefinitionKey_Status",
                table: "engine_instances",
                columns: new[] { "DefinitionKey", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_engine_instances_RootInstanceId",
                table: "engine_instances",
                column: "RootInstanceId");

            migrationBuilder.CreateIndex(
                name: "IX_engine_jobs_DefinitionId",
                table: "engine_jobs",
                column: "DefinitionId");

            migrationBuilder.CreateIndex(
                name: "IX_engine_jobs_DueAt",
                table: "engine_jobs",
                column: "DueAt");

            migrationBuilder.CreateIndex(
                name: "IX_engine_jobs_ProcessInstanceId",
                table: "engine_jobs",
                column: "ProcessInstanceId");

            migrationBuilder.CreateIndex(
                name: "IX_engine_jobs_RootInstanceId",
                table: "engine_jobs",
                column: "RootInstanceId");

            migrationBuilder.CreateIndex(
                name: "IX_engine_message_subscriptions_MessageName_BusinessKey",
                table: "engine_message_subscriptions",
                columns: new[] { "MessageName", "BusinessKey" });

            migrationBuilder.CreateIndex(
                name: "IX_engine_message_subscriptions_ProcessInstanceId",
                table: "engine_message_subscriptions",
                column: "ProcessInstanceId");

            migrationBuilder.CreateIndex(
                name: "IX_engine_user_tasks_Assignee",
                table: "engine_user_tasks",
                column: "Assignee");

            migrationBuilder.CreateIndex(
                name: "IX_engine_user_tasks_ProcessInstanceId",
                table: "engine_user_tasks",
                column: "ProcessInstanceId");

            migrationBuilder.CreateIndex(
                name: "IX_engine_user_tasks_RootInstanceId",
                table: "engine_user_tasks",
                column: "RootInstanceId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "engine_definitions");

            migrationBuilder.DropTable(
                name: "engine_external_tasks");

            migrationBuilder.DropTable(
                name: "engine_history_activities");

            migrationBuilder.DropTable(
                name: "engine_history_variables");

            migrationBuilder.DropTable(
                name: "engine_incidents");

            migrationBuilder.DropTable(
                name: "engine_instances");

            migrationBuilder.DropTable(
                name: "engine_jobs");

            migrationBuilder.DropTable(
                name: "engine_message_subscriptions");

            migrationBuilder.DropTable(
                name: "engine_user_tasks");
        }
    }
}
