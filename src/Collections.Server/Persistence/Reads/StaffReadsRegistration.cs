using Collections.Server.Apis.Staff.Inbox;
using Collections.Server.Persistence.Reads;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>The read-only joins over engine and domain tables that staff lists page through (<see cref="StaffReadDbContext"/>).</summary>
internal static class StaffReadsRegistration
{
    public static IServiceCollection AddCollectionsStaffReads(this IServiceCollection services)
    {
        services.AddSingleton<StaffReadDbContextFactory>();
        services.AddSingleton<InboxQuery>();
        return services;
    }
}
