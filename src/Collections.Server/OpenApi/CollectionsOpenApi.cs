using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Collections.Server.OpenApi;

/// <summary>
/// What the whole OpenAPI document shares: money typed as a decimal number, plain-language descriptions, and the
/// integrator API first (<see cref="OpenApiTagOrder"/>). The integrator API's own details are in <c>DomainOpenApi</c>.
/// </summary>
internal static class CollectionsOpenApi
{
    public static void Configure(OpenApiOptions options)
    {
        options.AddSchemaTransformer((schema, context, _) =>
        {
            var type = Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) ?? context.JsonTypeInfo.Type;
            if (type == typeof(decimal))
            {
                // Money is decimal in the server and a JSON number on the wire (docs/api.md, "Values"); "double"
                // would invite clients to round it.
                schema.Type = JsonSchemaType.Number | (schema.Type & JsonSchemaType.Null);
                schema.Format = "decimal";
                schema.Pattern = null;
            }

            schema.Description = OpenApiPlainText.Clean(schema.Description);
            return Task.CompletedTask;
        });
        options.AddDocumentTransformer((document, _, _) =>
        {
            OpenApiPlainText.CleanAll(document);
            OpenApiTagOrder.Apply(document);
            return Task.CompletedTask;
        });
    }
}
