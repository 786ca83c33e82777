namespace Microsoft.AspNetCore.Builder;

/// <summary>The HTTP pipeline pieces that are more than one call.</summary>
public static class ServerApplicationExtensions
{
    /// <summary>Swagger UI at <c>/swagger</c>, reading the document that <c>MapOpenApi</c> serves.</summary>
    public static IApplicationBuilder UseCollectionsSwaggerUi(this IApplicationBuilder app) =>
        app.UseSwaggerUI(o =>
        {
            o.SwaggerEndpoint("/openapi/v1.json", "Collections API v1");
            o.RoutePrefix = "swagger";
            o.DocumentTitle = "Collections API";
        });
}
