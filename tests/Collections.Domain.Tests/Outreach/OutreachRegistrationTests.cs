using Collections.Domain.Outreach.Email;
using Collections.Domain.Outreach.Sms;
using Collections.Domain.Outreach.Workers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Collections.Domain.Tests.Outreach;

public sealed class OutreachRegistrationTests
{
    [Fact]
    public async Task AddCollectionsOutreach_NoProviderSettings_UsesOutboxesAndServesTheSendingTopics()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Collections:Outreach:Templates:Directory"] = Path.Combine(OutreachTestData.RepositoryRoot, "workflows", "templates"),
        }).Build();
        await using var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(configuration)
            .AddCollectionsEngine(o => o.ConnectionString = $"Data Source=outreach-{Guid.NewGuid():N};Mode=Memory;Cache=Shared")
            .AddCollectionsOutreach()
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });

        var topics = services.GetServices<IExternalTaskHandler>().Select(h => h.Topic).Order().ToList();

        // suspend-service, restore-service and notify-webhook are the domain's ProcessTaskWorker's, not outreach's.
        Assert.Equal(["send-email", "send-sms"], topics);
        Assert.IsType<OutboxEmailSender>(services.GetRequiredService<IEmailSender>());
        Assert.IsType<OutboxSmsSender>(services.GetRequiredService<ISmsSender>());
        Assert.Contains(services.GetServices<IHostedService>(), s => s is OutreachWorkerService);
    }
}
