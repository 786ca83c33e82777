namespace Collections.Server.Audit;

/// <summary>
/// Opens the request's audit scope after authentication: the actor is read from the authenticated principal when an entry
/// is written, the client address from the connection (which <c>UseForwardedHeaders</c> has already set from a trusted proxy).
/// </summary>
internal sealed class AuditScopeMiddleware(RequestDelegate next, AuditTrail trail)
{
    public async Task InvokeAsync(HttpContext context)
    {
        using (trail.Open(() => AuditActor.From(context.User) ?? AuditActor.Unauthenticated, ClientAddress(context)))
        {
            await next(context);
        }
    }

    private static string? ClientAddress(HttpContext context)
    {
        var address = context.Connection.RemoteIpAddress;
        if (address is null) return null;
        return (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString();
    }
}
