using System.Reflection;
using Xunit.Sdk;

namespace Collections.E2E.Tests.Infrastructure;

/// <summary>Runs the browser test against the server over SQLite.</summary>
public sealed class SqliteServerAttribute : DataAttribute
{
    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [["sqlite"]];
}

/// <summary>Runs the browser test against the server over PostgreSQL; skipped with the reason when <c>./test.sh</c> did not start one.</summary>
public sealed class PostgresServerAttribute : DataAttribute
{
    public PostgresServerAttribute()
    {
        if (!E2EDatabases.HasPostgres)
        {
            Skip = $"{E2EDatabases.PostgresVariable} is not set; ./test.sh starts PostgreSQL and sets it.";
        }
    }

    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [["postgres"]];
}
