namespace Collections.Server.Tests.Infrastructure;

/// <summary>The databases a test run has: SQLite always, PostgreSQL when <c>./test.sh</c> exported its connection string.</summary>
public static class TestDatabases
{
    public const string PostgresVariable = "COLLECTIONS_TEST_POSTGRES";

    public static string? PostgresConnectionString =>
        Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value ? value : null;
}
