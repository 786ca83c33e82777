using System.Security.Cryptography;
using System.Text;
using Collections.Engine.Api;
using Collections.Engine.Errors;
using Collections.Engine.Expressions;
using Collections.Engine.Jobs;
using Collections.Engine.Parsing;
using Collections.Engine.Persistence.Records;
using Collections.Engine.Timing;
using Microsoft.EntityFrameworkCore;

namespace Collections.Engine.Runtime;

/// <summary>
/// Validates and stores BPMN files. Identical XML for a key is not stored again; changed XML becomes version N+1,
/// and the timer start events of the older version are replaced by the new version's.
/// </summary>
internal sealed class Deployer(CommandExecutor executor, IExpressionCompiler compiler, IExpressionEvaluator evaluator)
{
    public async Task<DeploymentResult> DeployAsync(DeploymentRequest request, CancellationToken cancellationToken)
    {
        var parsed = new BpmnParser(compiler).Parse(request.Xml, request.ResourceName);
        if (!parsed.IsValid) throw new BpmnValidationException(request.ResourceName, parsed.Problems.Where(p => p.Severity == BpmnProblemSeverity.Error).ToList());
        if (parsed.Processes.Count == 0)
        {
            throw new BpmnValidationException(request.ResourceName, [new BpmnProblem(BpmnProblemSeverity.Error, "bpmn.no-process", "The file contains no process.", null, null, 1, 1)]);
        }

        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(request.Xml)));
        var definitions = await executor.ExecuteAsync(async ctx =>
        {
            var result = new List<ProcessDefinitionInfo>();
            foreach (var process in parsed.Processes)
            {
                var latest = await ctx.Db.Definitions.AsNoTracking().Where(d => d.Key == process.Id)
                    .OrderByDescending(d => d.Version).FirstOrDefaultAsync(cancellationToken);
                if (latest is not null && latest.XmlHash == hash)
                {
                    result.Add(ProcessQueries.ToInfo(latest));
                    continue;
                }

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
                };
                ctx.Db.Definitions.Add(record);
                await ReplaceTimerStartsAsync(ctx, record, process, cancellationToken);
                result.Add(ProcessQueries.ToInfo(record) with { IsNewVersion = true });
            }

            return result;
        }, failuresRollBack: false, cancellationToken);
        return new DeploymentResult(definitions, parsed.Problems.Where(p => p.Severity == BpmnProblemSeverity.Warning).ToList());
    }

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
