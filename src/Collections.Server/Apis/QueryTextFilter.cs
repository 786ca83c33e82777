using Collections.Server.Apis.Domain;

namespace Collections.Server.Apis;

/// <summary>
/// Refuses query-string values no list filter can match before they reach a database (PostgreSQL rejects NUL in text
/// and answered 500): a control character is 400 <c>query.invalid-characters</c>, a value over
/// <see cref="MaxLength"/> characters is 400 <c>query.too-long</c>, each naming the parameter (docs/api.md).
/// </summary>
internal sealed class QueryTextFilter : IEndpointFilter
{
    /// <summary>Longer than any id, key, user name or search term the API takes.</summary>
    public const int MaxLength = 1000;

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        foreach (var (name, values) in context.HttpContext.Request.Query)
        {
            foreach (var value in values)
            {
                if (value is null) continue;
                if (value.Length > MaxLength)
                {
                    return Results.Problem(DomainExceptionHandler.Problem(400, "Invalid request", "query.too-long", $"'{name}' is longer than {MaxLength} characters.", name));
                }

                if (value.Any(char.IsControl))
                {
                    return Results.Problem(DomainExceptionHandler.Problem(400, "Invalid request", "query.invalid-characters", $"'{name}' contains a control character.", name));
                }
            }
        }

        return await next(context);
    }
}
