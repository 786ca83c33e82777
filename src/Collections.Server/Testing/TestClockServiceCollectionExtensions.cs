using Collections.Server.Testing;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace Microsoft.Extensions.DependencyInjection;

public static class TestClockServiceCollectionExtensions
{
    /// <summary>
    /// In the <c>E2E</c> environment only: every service that reads <see cref="TimeProvider"/> (engine, domain, jobs)
    /// gets the <see cref="TestClock"/> the browser tests move. Sign-in cookies and security stamps stay on the system
    /// clock, so moving the case clock a week on does not sign the tester out. Call before <c>AddCollectionsEngine</c>.
    /// </summary>
    public static IHostApplicationBuilder AddCollectionsTestClock(this IHostApplicationBuilder builder)
    {
        if (!builder.Environment.IsEnvironment(TestClock.Environment)) return builder;
        var clock = new TestClock();
        builder.Services.AddSingleton(clock);
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.Services.ConfigureAll<CookieAuthenticationOptions>(o => o.TimeProvider = TimeProvider.System);
        builder.Services.Configure<SecurityStampValidatorOptions>(o => o.TimeProvider = TimeProvider.System);
        return builder;
    }
}
