using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Collections.Engine.Api;
using Collections.Engine.Jobs;
using Collections.Engine.Variables;

namespace Collections.Engine.Testing;

/// <summary>One small method per step kind.</summary>
public sealed partial class ScenarioRunner
{
    private const string WorkerId = "simulator";

    private static readonly TimeSpan SimulatorLock = TimeSpan.FromMinutes(5);

    private static string KindOf(ScenarioStep step)
    {
        var kinds = new List<string>(1);
        void Add(bool present, string kind)
        {
            if (present)
            {
                kinds.Add(kind);
            }
        }

        Add(step.ExpectWaiting is not null, "expectWaiting");
        Add(step.ExpectUserTasks is not null, "expectUserTasks");
        Add(step.CompleteUserTask is not null, "completeUserTask");
        Add(step.ClaimUserTask is not null, "claimUserTask");
        Add(step.AdvanceTime is not null, "advanceTime");
        Add(step.CorrelateMessage is not null, "correlateMessage");
        Add(step.ExpectExternalTasks is not null, "expectExternalTasks");
        Add(step.CompleteExternalTask is not null, "completeExternalTask");
        Add(step.FailExternalTask is not null, "failExternalTask");
        Add(step.FailExternalTaskWithBpmnError is not null, "failExternalTaskWithBpmnError");
        Add(step.ExpectJobs is not null, "expectJobs");
        Add(step.ExpectIncidents is not null, "expectIncidents");
        Add(step.ExpectVariables is not null, "expectVariables");
        Add(step.ExpectEnded is not null, "expectEnded");
        Add(step.ExpectHistoryActivities is not null, "expectHistoryActivities");
        return kinds.Count switch
        {
            1 => kinds[0],
            0 => throw new ScenarioStepException("the step names no step kind (e.g. expectWaiting, completeUserTask, advanceTime)"),
            _ => throw new ScenarioStepException($"the step names several kinds ({string.Join(", ", kinds)}); write one per step"),
        };
    }

    private static Task<string> RunStepAsync(string kind, ScenarioStep step, ScenarioContext context) => kind switch
    {
        "expectWaiting" => ExpectWaitingAsync(step.ExpectWaiting!, context),
        "expectUserTasks" => ExpectUserTasksAsync(step.ExpectUserTasks!, context),
        "completeUserTask" => CompleteUserTaskAsync(Arguments(step, step.CompleteUserTask!.Value, kind), context),
        "claimUserTask" => ClaimUserTaskAsync(Arguments(step, step.ClaimUserTask!.Value, kind), context),
        "advanceTime" => AdvanceTimeAsync(step.AdvanceTime!, context),
        "correlateMessage" => CorrelateMessageAsync(Arguments(step, step.CorrelateMessage!.Value, kind), context),
        "expectExternalTasks" => ExpectExternalTasksAsync(step.ExpectExternalTasks!, context),
        "completeExternalTask" => CompleteExternalTaskAsync(Arguments(step, step.CompleteExternalTask!.Value, kind), context),
        "failExternalTask" => FailExternalTaskAsync(Arguments(step, step.FailExternalTask!.Value, kind), context),
        "failExternalTaskWithBpmnError" => FailExternalTaskWithBpmnErrorAsync(Arguments(step, step.FailExternalTaskWithBpmnError!.Value, kind), context),
        "expectJobs" => ExpectJobsAsync(step.ExpectJobs!, context),
        "expectIncidents" => ExpectIncidentsAsync(step.ExpectIncidents!.Value, context),
        "expectVariables" => ExpectVariablesAsync(step.ExpectVariables!, context),
        "expectEnded" => ExpectEndedAsync(step.ExpectEnded!.Value, context),
        "expectHistoryActivities" => ExpectHistoryActivitiesAsync(step.ExpectHistoryActivities!, context),
        _ => throw new ScenarioStepException($"unknown step kind '{kind}'"),
    };

    private static async Task<string> ExpectWaitingAsync(IReadOnlyList<string> expected, ScenarioContext context)
    {
        var actual = await WaitingActivitiesAsync(context);
        var wanted = expected.ToHashSet(StringComparer.Ordinal);
        if (!wanted.SetEquals(actual))
        {
            throw new ScenarioStepException($"expected waiting {List(wanted)}, actual {List(actual)}");
        }

        return List(wanted);
    }

    private static async Task<string> ExpectUserTasksAsync(IReadOnlyList<ExpectedUserTask> expected, ScenarioContext context)
    {
        var tasks = await OpenUserTasksAsync(context);
        if (tasks.Count != expected.Count || !MatchAll(expected, tasks, 0, new bool[tasks.Count]))
        {
            var actual = tasks.Select(t => $"{t.TaskDefinitionKey}(assignee={t.Assignee ?? "-"}, groups={string.Join('|', t.CandidateGroups)}, users={string.Join('|', t.CandidateUsers)}, due={t.DueDate?.ToString("O", CultureInfo.InvariantCulture) ?? "-"}, priority={t.Priority})");
            throw new ScenarioStepException($"expected {expected.Count} task(s) {List(expected.Select(e => e.TaskDefinitionKey ?? "?"))}, actual {List(actual)}");
        }

        return List(expected.Select(e => e.TaskDefinitionKey ?? "?"));
    }

    /// <summary>Pairs every expected task with a distinct actual one (backtracking: the lists are tiny).</summary>
    private static bool MatchAll(IReadOnlyList<ExpectedUserTask> expected, IReadOnlyList<UserTaskInfo> actual, int index, bool[] used)
    {
        if (index == expected.Count)
        {
            return true;
        }

        for (var j = 0; j < actual.Count; j++)
        {
            if (!used[j] && Matches(expected[index], actual[j]))
            {
                used[j] = true;
                if (MatchAll(expected, actual, index + 1, used))
                {
                    return true;
                }

                used[j] = false;
            }
        }

        return false;
    }

    private static bool Matches(ExpectedUserTask expected, UserTaskInfo actual) =>
        (expected.TaskDefinitionKey is null || expected.TaskDefinitionKey == actual.TaskDefinitionKey)
        && (expected.Assignee is null || expected.Assignee == actual.Assignee)
        && (expected.CandidateGroups is null || expected.CandidateGroups.ToHashSet().SetEquals(actual.CandidateGroups))
        && (expected.CandidateUsers is null || expected.CandidateUsers.ToHashSet().SetEquals(actual.CandidateUsers))
        && (expected.DueDate is null || expected.DueDate == actual.DueDate)
        && (expected.Priority is null || expected.Priority == actual.Priority);

    private static async Task<string> CompleteUserTaskAsync(ScenarioStepArguments arguments, ScenarioContext context)
    {
        var task = await SingleOpenTaskAsync(arguments, context, "completeUserTask");
        await context.Engine.Engine.CompleteUserTaskAsync(task.Id, ToVariables(arguments.Variables), context.CancellationToken);
        return task.TaskDefinitionKey;
    }

    private static async Task<string> ClaimUserTaskAsync(ScenarioStepArguments arguments, ScenarioContext context)
    {
        var user = arguments.User ?? throw new ScenarioStepException("claimUserTask needs \"user\"");
        var task = await SingleOpenTaskAsync(arguments, context, "claimUserTask");
        await context.Engine.Engine.ClaimUserTaskAsync(task.Id, user, context.CancellationToken);
        return $"{task.TaskDefinitionKey} by {user}";
    }

    private static async Task<UserTaskInfo> SingleOpenTaskAsync(ScenarioStepArguments arguments, ScenarioContext context, string kind)
    {
        var key = arguments.TaskDefinitionKey ?? throw new ScenarioStepException($"{kind} needs \"taskDefinitionKey\"");
        var tasks = await OpenUserTasksAsync(context);
        var matching = tasks.Where(t => t.TaskDefinitionKey == key).ToList();
        return matching.Count switch
        {
            1 => matching[0],
            0 => throw new ScenarioStepException($"no open user task '{key}' (open: {List(tasks.Select(t => t.TaskDefinitionKey))})"),
            _ => throw new ScenarioStepException($"{matching.Count} open user tasks '{key}'; exactly one is needed"),
        };
    }

    private static async Task<string> AdvanceTimeAsync(string duration, ScenarioContext context)
    {
        var clock = context.Engine.Clock;
        var delta = IsoDuration.From(clock.GetUtcNow(), duration);
        await context.Engine.AdvanceAsync(delta, context.CancellationToken);
        return $"{duration} → {clock.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)}";
    }

    private static async Task<string> CorrelateMessageAsync(ScenarioStepArguments arguments, ScenarioContext context)
    {
        var name = arguments.Name ?? throw new ScenarioStepException("correlateMessage needs a message name");
        var correlationKeys = arguments.CorrelationKeys is null ? null : ToVariables(arguments.CorrelationKeys);

        // Without a business key or correlation keys the message goes to this scenario's own instance.
        var instanceId = arguments.BusinessKey is null && correlationKeys is null ? context.RootInstanceId : null;
        var result = await context.Engine.Engine.CorrelateMessageAsync(
            new MessageCorrelationRequest(name, arguments.BusinessKey, instanceId, correlationKeys, ToVariables(arguments.Variables)),
            context.CancellationToken);
        if (result.StartedInstance && context.RootInstanceId is null && result.CorrelatedInstanceIds.Count > 0)
        {
            context.RootInstanceId = result.CorrelatedInstanceIds[0];
        }

        return result.StartedInstance ? $"{name} → started an instance" : $"{name} → {result.CorrelatedInstanceIds.Count} instance(s)";
    }

    private static async Task<string> ExpectExternalTasksAsync(IReadOnlyList<string> expected, ScenarioContext context)
    {
        var tasks = await context.Engine.Queries.ListExternalTasksAsync(
            new ExternalTaskQuery(RootInstanceId: context.Root, Take: QueryLimit), context.CancellationToken);
        var actual = tasks.Select(t => t.TopicName).Order(StringComparer.Ordinal).ToList();
        var wanted = expected.Order(StringComparer.Ordinal).ToList();
        if (!actual.SequenceEqual(wanted, StringComparer.Ordinal))
        {
            throw new ScenarioStepException($"expected external tasks {List(wanted)}, actual {List(actual)}");
        }

        return List(wanted);
    }

    private static async Task<string> CompleteExternalTaskAsync(ScenarioStepArguments arguments, ScenarioContext context)
    {
        var task = await LockOneAsync(arguments, context, "completeExternalTask");
        await context.Engine.Engine.CompleteExternalTaskAsync(
            task.Id, WorkerId, ToVariables(arguments.Variables), null, context.CancellationToken);
        return task.TopicName;
    }

    private static async Task<string> FailExternalTaskAsync(ScenarioStepArguments arguments, ScenarioContext context)
    {
        var task = await LockOneAsync(arguments, context, "failExternalTask");
        var retries = arguments.Retries ?? 0;
        var timeout = arguments.RetryTimeout is null ? TimeSpan.Zero : IsoDuration.From(context.Engine.Clock.GetUtcNow(), arguments.RetryTimeout);
        await context.Engine.Engine.FailExternalTaskAsync(
            task.Id, WorkerId, arguments.ErrorMessage ?? "failed by the simulator", null, retries, timeout, context.CancellationToken);
        return $"{task.TopicName} (retries {retries})";
    }

    private static async Task<string> FailExternalTaskWithBpmnErrorAsync(ScenarioStepArguments arguments, ScenarioContext context)
    {
        var code = arguments.ErrorCode ?? throw new ScenarioStepException("failExternalTaskWithBpmnError needs \"errorCode\"");
        var task = await LockOneAsync(arguments, context, "failExternalTaskWithBpmnError");
        await context.Engine.Engine.ThrowBpmnErrorAsync(
            task.Id, WorkerId, code, arguments.ErrorMessage, ToVariables(arguments.Variables), context.CancellationToken);
        return $"{task.TopicName} ({code})";
    }

    /// <summary>Fetch-and-lock as worker <c>simulator</c> for one task of the topic.</summary>
    private static async Task<ExternalTaskInfo> LockOneAsync(ScenarioStepArguments arguments, ScenarioContext context, string kind)
    {
        var topic = arguments.Topic ?? throw new ScenarioStepException($"{kind} needs \"topic\"");
        var locked = await context.Engine.Engine.FetchAndLockAsync(
            new FetchAndLockRequest(WorkerId, 1, [new FetchTopic(topic, SimulatorLock)]), context.CancellationToken);
        return locked.Count > 0
            ? locked[0].Task
            : throw new ScenarioStepException($"no external task of topic '{topic}' can be fetched now");
    }

    private static async Task<string> ExpectJobsAsync(ExpectedJobs expected, ScenarioContext context)
    {
        var jobs = await context.Engine.Queries.ListJobsAsync(
            new JobQuery(RootInstanceId: context.Root, Take: QueryLimit), context.CancellationToken);
        var timers = jobs.Count(j => j.Type == JobTypes.Timer);
        var asyncJobs = jobs.Count(j => j.Type == JobTypes.AsyncContinuation);
        if ((expected.Timers is { } t && t != timers) || (expected.Async is { } a && a != asyncJobs))
        {
            throw new ScenarioStepException(
                $"expected timers={Show(expected.Timers)} async={Show(expected.Async)}, actual timers={timers} async={asyncJobs}");
        }

        return $"timers={Show(expected.Timers)} async={Show(expected.Async)}";

        static string Show(int? count) => count?.ToString(CultureInfo.InvariantCulture) ?? "any";
    }

    private static async Task<string> ExpectIncidentsAsync(int expected, ScenarioContext context)
    {
        var incidents = await context.Engine.Queries.ListIncidentsAsync(
            new IncidentQuery(RootInstanceId: context.Root, OpenOnly: true, Take: QueryLimit), context.CancellationToken);
        if (incidents.Count != expected)
        {
            var detail = incidents.Select(i => $"{i.ActivityId}: {i.Message}");
            throw new ScenarioStepException($"expected {expected} open incident(s), actual {incidents.Count} {List(detail)}");
        }

        return expected.ToString(CultureInfo.InvariantCulture);
    }

    private static async Task<string> ExpectVariablesAsync(IReadOnlyDictionary<string, JsonElement> expected, ScenarioContext context)
    {
        var actual = await context.Engine.Queries.GetVariablesAsync(context.Root, context.CancellationToken);
        var differences = new List<string>();
        foreach (var (name, value) in expected)
        {
            if (!actual.TryGetValue(name, out var found))
            {
                differences.Add($"{name} is not set (expected {value.GetRawText()})");
            }
            else if (!VariableMatches(value, found))
            {
                differences.Add($"{name} = {found} (expected {value.GetRawText()})");
            }
        }

        return differences.Count == 0
            ? string.Join(", ", expected.Keys)
            : throw new ScenarioStepException(string.Join("; ", differences));
    }

    /// <summary>Numbers compare by decimal value (1 equals 1.0); strings also match a date-time at the same instant.</summary>
    private static bool VariableMatches(JsonElement expected, VariableValue actual) => expected.ValueKind switch
    {
        JsonValueKind.Null => actual.Type == VariableType.Null,
        JsonValueKind.True => actual.Value is true,
        JsonValueKind.False => actual.Value is false,
        JsonValueKind.Number => expected.TryGetDecimal(out var number) && actual.Value switch
        {
            long l => l == number,
            decimal d => d == number,
            _ => false,
        },
        JsonValueKind.String => actual.Value switch
        {
            string s => s == expected.GetString(),
            DateTimeOffset at => DateTimeOffset.TryParse(expected.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var when) && when == at,
            _ => false,
        },
        _ => actual.Value is JsonNode node && JsonNode.DeepEquals(JsonNode.Parse(expected.GetRawText()), node),
    };

    private static async Task<string> ExpectEndedAsync(bool expected, ScenarioContext context)
    {
        var instance = await context.Engine.Queries.GetInstanceAsync(context.Root, context.CancellationToken)
            ?? throw new ScenarioStepException($"process instance {context.Root} not found");
        var ended = instance.Status != ProcessInstanceStatus.Active;
        if (ended != expected)
        {
            throw new ScenarioStepException(
                $"expected {(expected ? "ended" : "running")}, but the instance is {instance.Status} waiting at {List(instance.WaitingActivityIds)}");
        }

        return expected ? "true" : "false";
    }

    private static async Task<string> ExpectHistoryActivitiesAsync(IReadOnlyList<string> expected, ScenarioContext context)
    {
        var history = await context.Engine.Queries.ListActivityHistoryAsync(context.Root, context.CancellationToken);
        var completed = history.Where(h => h.EndedAt is not null && !h.Canceled).Select(h => h.ActivityId).ToList();
        var remaining = completed.GroupBy(id => id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var id in expected)
        {
            if (remaining.TryGetValue(id, out var count) && count > 0)
            {
                remaining[id] = count - 1;
            }
            else
            {
                missing.Add(id);
            }
        }

        return missing.Count == 0
            ? List(expected)
            : throw new ScenarioStepException($"not completed (often enough): {List(missing)}; completed: {List(completed)}");
    }

    private static async Task<IReadOnlySet<string>> WaitingActivitiesAsync(ScenarioContext context)
    {
        var root = context.Root;
        var instances = (await context.Engine.Queries.ListInstancesAsync(
            new InstanceQuery(RootInstanceId: root, Status: ProcessInstanceStatus.Active, Take: QueryLimit), context.CancellationToken)).ToList();
        if (instances.All(i => i.Id != root) && await context.Engine.Queries.GetInstanceAsync(root, context.CancellationToken) is { Status: ProcessInstanceStatus.Active } self)
        {
            instances.Add(self);
        }

        return instances.SelectMany(i => i.WaitingActivityIds).ToHashSet(StringComparer.Ordinal);
    }

    private static Task<IReadOnlyList<UserTaskInfo>> OpenUserTasksAsync(ScenarioContext context) =>
        context.Engine.Queries.ListUserTasksAsync(new UserTaskQuery(RootInstanceId: context.Root, Take: QueryLimit), context.CancellationToken);

    /// <summary>The string form puts the step's main argument in the kind property; siblings add the rest.</summary>
    private static ScenarioStepArguments Arguments(ScenarioStep step, JsonElement value, string kind)
    {
        var siblings = new ScenarioStepArguments
        {
            TaskDefinitionKey = step.TaskDefinitionKey,
            Topic = step.Topic,
            User = step.User,
            BusinessKey = step.BusinessKey,
            CorrelationKeys = step.CorrelationKeys,
            Variables = step.Variables,
            Retries = step.Retries,
            RetryTimeout = step.RetryTimeout,
            ErrorMessage = step.ErrorMessage,
            ErrorCode = step.ErrorCode,
        };
        return value.ValueKind switch
        {
            JsonValueKind.String => kind switch
            {
                "completeUserTask" or "claimUserTask" => siblings with { TaskDefinitionKey = value.GetString() },
                "correlateMessage" => siblings with { Name = value.GetString() },
                _ => siblings with { Topic = value.GetString() },
            },
            JsonValueKind.Object => Merge(ScenarioJson.ReadArguments(value, kind), siblings),
            _ => throw new ScenarioStepException($"{kind} takes a string or an object, not {value.ValueKind.ToString().ToLowerInvariant()}"),
        };
    }

    private static ScenarioStepArguments Merge(ScenarioStepArguments inner, ScenarioStepArguments outer) => new()
    {
        TaskDefinitionKey = inner.TaskDefinitionKey ?? outer.TaskDefinitionKey,
        Topic = inner.Topic ?? outer.Topic,
        Name = inner.Name ?? outer.Name,
        User = inner.User ?? outer.User,
        BusinessKey = inner.BusinessKey ?? outer.BusinessKey,
        CorrelationKeys = inner.CorrelationKeys ?? outer.CorrelationKeys,
        Variables = inner.Variables ?? outer.Variables,
        Retries = inner.Retries ?? outer.Retries,
        RetryTimeout = inner.RetryTimeout ?? outer.RetryTimeout,
        ErrorMessage = inner.ErrorMessage ?? outer.ErrorMessage,
        ErrorCode = inner.ErrorCode ?? outer.ErrorCode,
    };

    private static Dictionary<string, object?>? ToVariables(IReadOnlyDictionary<string, JsonElement>? values) =>
        values?.ToDictionary(p => p.Key, p => (object?)VariableValue.FromJsonElement(p.Value), StringComparer.Ordinal);

    private static string List(IEnumerable<string> items) => "[" + string.Join(", ", items.Order(StringComparer.Ordinal)) + "]";
}
