using System.Net;
using Collections.Server.Audit;
using Collections.Server.Persistence;
using Collections.Server.Tests.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Collections.Server.Tests.Audit;

/// <summary>Reads and tampers with the audit tables of a test server, and gives its requests a client address.</summary>
internal static class AuditTestHelpers
{
    /// <summary>The audit rows, oldest first.</summary>
    public static async Task<List<AuditEntry>> AuditRowsAsync(this DomainApiFactory factory)
    {
        await using var db = factory.Services.GetRequiredService<ServerDbContextFactory>().Create();
        return await db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync();
    }

    public static async Task ExecuteSqlAsync(this DomainApiFactory factory, string sql)
    {
        await using var db = factory.Services.GetRequiredService<ServerDbContextFactory>().Create();
        await db.Database.ExecuteSqlRawAsync(sql);
    }

    public static Task<AuditVerification> VerifyAuditAsync(this DomainApiFactory factory) =>
        factory.Services.GetRequiredService<AuditVerifier>().VerifyAsync(CancellationToken.None);

    /// <summary>
    /// The same server with requests arriving from the loopback proxy (the test host leaves the address empty), so an
    /// <c>X-Forwarded-For</c> header is honoured as behind a real reverse proxy configured as trusted.
    /// </summary>
    public static Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> BehindProxy(this DomainApiFactory factory) =>
        factory.WithWebHostBuilder(builder => builder
            .UseSetting("Collections:Security:ForwardedHeaders:Enabled", "true")
            .UseSetting("Collections:Security:ForwardedHeaders:KnownProxies:0", "127.0.0.1")
            // First of all start-up filters: the address must be there before the forwarded headers are read.
            .ConfigureTestServices(services => services.Insert(0, ServiceDescriptor.Singleton<IStartupFilter, LoopbackProxy>())));

    private sealed class LoopbackProxy : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress ??= IPAddress.Loopback;
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
