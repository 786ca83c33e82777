using Collections.Domain.Outreach.Calls;
using Collections.Engine.Api;
using Collections.Server.Apis.Domain;
using Collections.Server.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Collections.Server.Apis.Staff;

/// <summary>
/// The call script of a call or visit task: the facts of the task's case and the contact rules that apply
/// right now in the debtor's time zone. Only tasks with the outcome form (<c>form</c> = <c>call-outcome</c>) of a
/// process that belongs to a case have one.
/// </summary>
public static class CallScriptApi
{
    public static IEndpointRouteBuilder MapCallScriptApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/staff/tasks/{taskId:guid}/call-script", GetAsync).WithTags("Staff cases").RequireAuthorization(StaffPolicies.TaskWorker)
            .WithName("GetCallScript")
            .WithSummary("Debtor, local time, invoice, contacts, last attempts, open promises and dispute, and whether a call is allowed now.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    public static async Task<Results<Ok<CallScriptDto>, ProblemHttpResult>> GetAsync(
        Guid taskId, IProcessQueries queries, CallScriptService scripts, CancellationToken cancellationToken)
    {
        if (await queries.GetUserTaskAsync(taskId, cancellationToken) is not { } task)
        {
            return TypedResults.Problem(DomainApiResults.NotFound("Task", taskId.ToString()));
        }

        if (!CallTask.HasOutcomeForm(task))
        {
            return TypedResults.Problem(DomainApiResults.NotFound("Call script of task", taskId.ToString()));
        }

        var variables = await queries.GetVariablesAsync(task.RootInstanceId, cancellationToken);
        if (!variables.TryGetValue("caseId", out var caseId) || !Guid.TryParse(caseId.AsString(), out var id)
            || await scripts.GetAsync(id, CallTask.ChannelOf(task), cancellationToken) is not { } script)
        {
            return TypedResults.Problem(DomainApiResults.NotFound("Case of task", taskId.ToString()));
        }

        return TypedResults.Ok(script);
    }
}
