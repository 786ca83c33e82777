using System.Reflection;
using Xunit.Sdk;

namespace Collections.Engine.Tests.Support;

/// <summary>Runs a database theory on SQLite.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SqliteDataAttribute : DataAttribute
{
    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [["sqlite"]];
}
