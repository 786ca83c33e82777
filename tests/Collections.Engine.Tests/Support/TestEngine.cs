using Collections.Engine.Api;
using Collections.Engine.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Collections.Engine.Tests.Support;

/// <summary>An in-memory-clock engine on SQLite or a fresh PostgreSQL database, with shortcuts for tests.</summary>
public sealed class TestEngine : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private TestEngine(InMemoryEngine inner) => Inner = inner;

    public InMemoryEngine Inner { get; }

    public FakeTimeProvider Clock => Inner.Clock;

    public IProcessEngine Engine => Inner.Engine;

    public IProcessQueries Queries => Inner.Queries;

    public static async Task<TestEngine> StartAsync(string database, params string[] bpmn)
    {
        var (provider, connectionString) = await TestDatabases.CreateAsync(database);
        var inner = await InMemoryEngine.StartAsync(new FakeTimeProvider(Start), provider, connectionString, CancellationToken.None);
        var engine = new TestEngine(inner);
        for (var i = 0; i < bpmn.Length; i++) await engine.DeployAsync(bpmn[i], $"test-{i}.bpmn");
        return engine;
    }

    internal static TestEngine Wrap(InMemoryEngine inner) => new(inner);

    /// <summary>An engine service below the public API (job store, runner, context factory).</summary>
    internal T Service<T>() where T : notnull =>
        Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<T>(Inner.Services);

    public Task<DeploymentResult> DeployAsync(string xml, string name = "test.bpmn") =>
        Engine.DeployAsync(new DeploymentRequest(name, xml), CancellationToken.None);

    public Task<ProcessInstanceInfo> StartAsync(string key, object? variables = null, string? businessKey = null) =>
        Engine.StartProcessAsync(new StartProcessRequest(key, businessKey, ToDictionary(variables)), CancellationToken.None);

    public async Task<ProcessInstanceInfo> InstanceAsync(Guid id) => (await Queries.GetInstanceAsync(id, CancellationToken.None))!;

    public async Task<IReadOnlyList<string>> WaitingAsync(Guid id) => (await InstanceAsync(id)).WaitingActivityIds.Order().ToList();

    public Task<IReadOnlyList<UserTaskInfo>> TasksAsync(Guid id) =>
        Queries.ListUserTasksAsync(new UserTaskQuery(RootInstanceId: id), CancellationToken.None);

    public async Task CompleteTaskAsync(Guid instanceId, string taskKey, object? variables = null)
    {
        var task = (await TasksAsync(instanceId)).Single(t => t.TaskDefinitionKey == taskKey);
        await Engine.CompleteUserTaskAsync(task.Id, ToDictionary(variables), CancellationToken.None);
    }

    public Task AdvanceAsync(TimeSpan by) => Inner.AdvanceAsync(by, CancellationToken.None);

    public Task<IReadOnlyList<IncidentInfo>> IncidentsAsync(Guid id) =>
        Queries.ListIncidentsAsync(new IncidentQuery(RootInstanceId: id), CancellationToken.None);

    public async Task<IReadOnlyDictionary<string, Variables.VariableValue>> VariablesAsync(Guid id) =>
        await Queries.GetVariablesAsync(id, CancellationToken.None);

    public async Task<IReadOnlyList<string>> CompletedActivitiesAsync(Guid id) =>
        (await Queries.ListActivityHistoryAsync(id, CancellationToken.None)).Where(h => h.EndedAt is not null && !h.Canceled).Select(h => h.ActivityId).ToList();

    public static IReadOnlyDictionary<string, object?>? ToDictionary(object? variables) => variables switch
    {
        null => null,
        IReadOnlyDictionary<string, object?> d => d,
        _ => variables.GetType().GetProperties().ToDictionary(p => p.Name, p => p.GetValue(variables)),
    };

    public ValueTask DisposeAsync() => Inner.DisposeAsync();
}
