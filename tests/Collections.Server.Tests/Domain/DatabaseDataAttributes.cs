using System.Reflection;
using Collections.Server.Tests.Infrastructure;
using Xunit.Sdk;

namespace Collections.Server.Tests.Domain;

/// <summary>Runs a domain API theory on SQLite.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SqliteDataAttribute : DataAttribute
{
    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [["sqlite"]];
}

/// <summary>Runs a domain API theory on PostgreSQL; skipped with the reason only when no server is configured.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresDataAttribute : DataAttribute
{
    public PostgresDataAttribute()
    {
        if (TestDatabases.PostgresConnectionString is null) Skip = $"PostgreSQL not available: set {TestDatabases.PostgresVariable} (./test.sh does).";
    }

    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [["postgres"]];
}
