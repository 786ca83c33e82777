using Collections.Server.Apis.Domain;

namespace Collections.Server.Apis;

/// <summary>
/// Refuses query-string values no list filter can match before they reach a database (PostgreSQL rejects NUL in text
/// and answered 500): a control character is 400 <c>query.invalid-characters</c>, a value over
/// <see cref="MaxLength"/> characters is 400 <c>query.too-long</c>, each naming the parameter (docs/api.md). An enum
/// parameter takes only its names: ASP.NET Core would also bind any number (<c>status=-1</c>, an undefined value that
/// silently matched nothing), so a value that is not a name is 400 <c>request.invalid-value</c>.
/// Applied to every API group (Program.cs).
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

        if (NotAName(context) is { } parameter)
        {
            return Results.Problem(DomainExceptionHandler.Problem(400, "Invalid request", "request.invalid-value",
                $"'{parameter}' must be one of: {string.Join(", ", EnumNames(context, parameter))}.", parameter));
        }

        return await next(context);
    }

    /// <summary>The first enum-typed query parameter whose value is not one of the enum's names, or null.</summary>
    private static string? NotAName(EndpointFilterInvocationContext context)
    {
        var method = context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<System.Reflection.MethodInfo>();
        if (method is null) return null;
        foreach (var parameter in method.GetParameters())
        {
            var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
            if (!type.IsEnum || parameter.Name is null || !context.HttpContext.Request.Query.TryGetValue(parameter.Name, out var values)) continue;
            if (values.Any(v => !string.IsNullOrEmpty(v) && !Enum.GetNames(type).Contains(v, StringComparer.OrdinalIgnoreCase))) return parameter.Name;
        }

        return null;
    }

    private static string[] EnumNames(EndpointFilterInvocationContext context, string parameter)
    {
        var type = context.HttpContext.GetEndpoint()!.Metadata.GetMetadata<System.Reflection.MethodInfo>()!.GetParameters().Single(p => p.Name == parameter).ParameterType;
        return Enum.GetNames(Nullable.GetUnderlyingType(type) ?? type);
    }
}
