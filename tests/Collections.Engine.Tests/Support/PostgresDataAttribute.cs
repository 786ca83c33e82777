using System.Reflection;
using Xunit.Sdk;

namespace Collections.Engine.Tests.Support;

/// <summary>
/// Runs a database theory on PostgreSQL. Skipped, with the reason, only when the connection string is absent
/// (a bare <c>dotnet test</c>); <c>./test.sh</c> always provides it.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresDataAttribute : DataAttribute
{
    public PostgresDataAttribute()
    {
        if (TestDatabases.PostgresServer is null) Skip = $"PostgreSQL not available: set {TestDatabases.PostgresVariable} (./test.sh does).";
    }

    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [["postgres"]];
}
