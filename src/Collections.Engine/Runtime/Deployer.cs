using System.Security.Cryptography;
using System.Text;
using Collections.Engine.Api;
using Collections.Engine.Errors;
using Collections.Engine.Expressions;
using Collections.Engine.Jobs;
using Collections.Engine.Parsing;
using Collections.Engine.Persistence.Records;
using Collections.Engine.Runtime.WorkflowFiles;
using Collections.Engine.Timing;
using Microsoft.EntityFrameworkCore;

namespace Collections.Engine.Runtime;

/// <summary>
/// Validates and stores BPMN files. Identical XML for a key is not stored again; changed XML becomes version N+1,
/// and the timer start events of the older version are replaced by the new version's. Each version keeps its source
/// and change note. Workflow files offered at start go through <see cref="WorkflowFilePolicy"/> first.
/// </summary>
internal sealed class Deployer(CommandExecutor executor, IExpressionCompiler compiler, IExpressionEvaluator evaluator)
{
    public async Task<DeploymentResult> DeployAsync(DeploymentRequest request, CancellationToken cancellationToken)
    {
        CheckRequest(request);
        var parsed = Parse(request.Xml, request.ResourceName);
        var hash = Hash(request.Xml);
        var definitions = await executor.ExecuteAsync(async ctx =>
        {
            var result = new List<ProcessDefinitionInfo>();
            foreach (var process in parsed.Processes)
            {
                var latest = await LatestAsync(ctx, process.Id, cancellationToken);
                result.Add(latest is not null && latest.XmlHash == hash
                    ? ProcessQueries.ToInfo(latest)
                    : await AddVersionAsync(ctx, process, request, hash, latest, cancellationToken));
            }

            return result;
        }, failuresRollBack: false, cancellationToken);
        return new DeploymentResult(definitions, Warnings(parsed));
    }

    /// <summary>A file of the workflows folder at start: per process, the rule decides whether its content becomes a version.</summary>
    public async Task<WorkflowFileDeployment> DeployWorkflowFileAsync(WorkflowFileRequest file, CancellationToken cancellationToken)
    {
        var request = new DeploymentRequest(Path.GetFileName(file.Path), file.Xml) { Source = DeploymentSource.File(file.Path) };
        CheckRequest(request);
        var parsed = Parse(file.Xml, request.ResourceName);
        var hash = Hash(file.Xml);
        var outcomes = await executor.ExecuteAsync(async ctx =>
        {
            var result = new List<WorkflowFileOutcome>();
            foreach (var process in parsed.Processes)
            {
                result.Add(await DeployFileProcessAsync(ctx, process, request, hash, file.LastWrittenAt, cancellationToken));
            }

            return result;
        }, failuresRollBack: false, cancellationToken);
        return new WorkflowFileDeployment(outcomes, Warnings(parsed));
    }

    private async Task<WorkflowFileOutcome> DeployFileProcessAsync(
        CommandContext ctx, Model.ProcessModel process, DeploymentRequest request, string hash, DateTimeOffset writtenAt, CancellationToken cancellationToken)
    {
        var latest = await LatestAsync(ctx, process.Id, cancellationToken);
        var tracked = await ctx.Db.WorkflowFiles.FirstOrDefaultAsync(f => f.Key == process.Id, cancellationToken);
        var (trackedHash, trackedVersion) = (tracked?.FileHash, tracked?.Version);
        if (tracked is null && latest is not null)
        {
            // Versions deployed before files were tracked: the newest version with the file's exact content is taken as
            // the file's last deployment, so an upgrade does not undo a designer version over an unchanged file.
            var same = await ctx.Db.Definitions.AsNoTracking().Where(d => d.Key == process.Id && d.XmlHash == hash)
                .OrderByDescending(d => d.Version).Select(d => (int?)d.Version).FirstOrDefaultAsync(cancellationToken);
            if (same is not null) (trackedHash, trackedVersion) = (hash, same);
        }

        var rule = WorkflowFilePolicy.Decide(new WorkflowFileFacts(
            hash, writtenAt, latest?.Version, latest?.XmlHash, latest?.DeployedAt, trackedHash, trackedVersion));
        var other = rule is WorkflowFileRule.KeptNewer or WorkflowFileRule.FileReplacedNewer or WorkflowFileRule.KeptNewerOverOlderFile
            ? ProcessQueries.ToInfo(latest!)
            : null;
        var current = rule switch
        {
            WorkflowFileRule.FirstDeployment or WorkflowFileRule.FileChanged or WorkflowFileRule.FileReplacedNewer =>
                await AddVersionAsync(ctx, process, request, hash, latest, cancellationToken),
            _ => ProcessQueries.ToInfo(latest!),
        };

        if (rule != WorkflowFileRule.KeptNewerOverOlderFile)
        {
            // The file now corresponds to a version (its own, or an identical one); a kept newer version leaves the
            // file's record as it was, so the next start weighs the same facts again.
            var version = rule == WorkflowFileRule.KeptNewer ? trackedVersion!.Value : current.Version;
            Track(ctx, tracked, process.Id, request.Source.Reference!, hash, version);
        }

        return new WorkflowFileOutcome(process.Id, rule, current, other);
    }

    private static void Track(CommandContext ctx, WorkflowFileRecord? tracked, string key, string path, string hash, int version)
    {
        if (tracked is null)
        {
            ctx.Db.WorkflowFiles.Add(new WorkflowFileRecord { Key = key, Path = path, FileHash = hash, Version = version, DeployedAt = ctx.Now });
            return;
        }

        if (tracked.FileHash == hash && tracked.Version == version && tracked.Path == path) return;
        tracked.Path = path;
        tracked.FileHash = hash;
        tracked.Version = version;
        tracked.DeployedAt = ctx.Now;
    }

    private async Task<ProcessDefinitionInfo> AddVersionAsync(
        CommandContext ctx, Model.ProcessModel process, DeploymentRequest request, string hash, ProcessDefinitionRecord? latest, CancellationToken cancellationToken)
    {
        var record = new ProcessDefinitionRecord
        {
            Id = Guid.CreateVersion7(ctx.Now),
            Key = process.Id,
            Version = (latest?.Version ?? 0) + 1,
            Name = process.Name,
            ResourceName = request.ResourceName,
            Xml = request.Xml,
            XmlHash = hash,
            IsExecutable = process.IsExecutable,
            VersionTag = process.VersionTag,
            DeployedAt = ctx.Now,
            Source = request.Source.Kind,
            SourceReference = Bounded(request.Source.Reference, DeploymentSource.MaxReferenceLength),
            ChangeNote = string.IsNullOrWhiteSpace(request.ChangeNote) ? null : request.ChangeNote.Trim(),
        };
        ctx.Db.Definitions.Add(record);
        await ReplaceTimerStartsAsync(ctx, record, process, cancellationToken);
        return ProcessQueries.ToInfo(record) with { IsNewVersion = true };
    }

    private static Task<ProcessDefinitionRecord?> LatestAsync(CommandContext ctx, string key, CancellationToken cancellationToken) =>
        ctx.Db.Definitions.AsNoTracking().Where(d => d.Key == key).OrderByDescending(d => d.Version).FirstOrDefaultAsync(cancellationToken);

    /// <summary>A note over the limit is refused, not cut: the publisher's words are kept whole or not at all.</summary>
    private static void CheckRequest(DeploymentRequest request)
    {
        if (request.ChangeNote is { } note && note.Trim().Length > DeploymentRequest.MaxChangeNoteLength)
        {
            throw new InvalidRequestException("deployment.change-note-too-long",
                $"The change note has {note.Trim().Length} characters; at most {DeploymentRequest.MaxChangeNoteLength} are kept.", "changeNote");
        }

        if (request.Source.Kind is not (DeploymentSource.FileKind or DeploymentSource.DesignerKind or DeploymentSource.ApiKind))
        {
            throw new InvalidRequestException("deployment.unknown-source", $"Unknown deployment source '{request.Source.Kind}'.", "source");
        }
    }

    private BpmnParseResult Parse(string xml, string resourceName)
    {
        var parsed = new BpmnParser(compiler).Parse(xml, resourceName);
        if (!parsed.IsValid) throw new BpmnValidationException(resourceName, parsed.Problems.Where(p => p.Severity == BpmnProblemSeverity.Error).ToList());
        if (parsed.Processes.Count == 0)
        {
            throw new BpmnValidationException(resourceName, [new BpmnProblem(BpmnProblemSeverity.Error, "bpmn.no-process", "The file contains no process.", null, null, 1, 1)]);
        }

        return parsed;
    }

    private static IReadOnlyList<BpmnProblem> Warnings(BpmnParseResult parsed) =>
        parsed.Problems.Where(p => p.Severity == BpmnProblemSeverity.Warning).ToList();

    private static string Hash(string xml) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(xml)));

    private static string? Bounded(string? text, int max) => text is null || text.Length <= max ? text : text[..max];

    private async Task ReplaceTimerStartsAsync(CommandContext ctx, ProcessDefinitionRecord record, Model.ProcessModel process, CancellationToken cancellationToken)
    {
        var olderIds = ctx.Db.Definitions.Where(d => d.Key == record.Key && d.Id != record.Id).Select(d => d.Id);
        await ctx.Db.Jobs.Where(j => j.Type == JobTypes.TimerStart && olderIds.Contains(j.DefinitionId!.Value)).ExecuteDeleteAsync(cancellationToken);
        if (!process.IsExecutable) return;
        foreach (var start in process.TimerStartEvents)
        {
            var timer = (Model.TimerEventDefinition)start.Definition!;
            var text = evaluator.Evaluate(timer.Value, EmptyVariableContext.Instance).AsString() ?? "";
            var schedule = TimerCalculator.First(timer.Kind, text, ctx.Now);
            ctx.Db.Jobs.Add(TimerStartJob.Create(record.Id, start, schedule, ctx.Now));
        }
    }
}
