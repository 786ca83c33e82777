namespace Collections.Server.Tests.Infrastructure;

/// <summary>A fact that needs PostgreSQL: skipped, with the reason, only when run without <c>./test.sh</c>'s server.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (TestDatabases.PostgresConnectionString is null)
        {
            Skip = $"{TestDatabases.PostgresVariable} is not set; ./test.sh starts PostgreSQL and sets it.";
        }
    }
}
