namespace Collections.E2E.Tests.Infrastructure;

/// <summary>The PostgreSQL that <c>./test.sh</c> starts, announced in an environment variable.</summary>
public static class E2EDatabases
{
    public const string PostgresVariable = "COLLECTIONS_TEST_POSTGRES";

    public static bool HasPostgres => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable(PostgresVariable));
}
