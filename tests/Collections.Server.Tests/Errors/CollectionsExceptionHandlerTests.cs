using Collections.Engine.Errors;
using Collections.Engine.Parsing;
using Collections.Server.Errors;

namespace Collections.Server.Tests.Errors;

public sealed class CollectionsExceptionHandlerTests
{
    public static TheoryData<CollectionsException, int> Statuses => new()
    {
        { new NotFoundException("Process instance", "42"), 404 },
        { new BpmnValidationException("x.bpmn", []), 422 },
        { new InvalidRequestException("form.invalid", "amount is required", "amount"), 400 },
        { new ExpressionSyntaxException("${a >", "unexpected end"), 400 },
        { new MessageCorrelationException("payment", 0, "no match"), 404 },
        { new MessageCorrelationException("payment", 2, "two match"), 409 },
        { new ConcurrencyConflictException("changed"), 409 },
        { new ExternalTaskLockException(Guid.Empty, "w1", "lock lost"), 409 },
    };

    [Theory]
    [MemberData(nameof(Statuses))]
    public void ToProblem_EachError_HasStatusAndTypeFromCode(CollectionsException error, int status)
    {
        var problem = CollectionsExceptionHandler.ToProblem(error);

        Assert.Equal(status, problem.Status);
        Assert.Equal("https://collections.dev/problems/" + error.Code, problem.Type);
        Assert.Equal(error.Code, problem.Extensions["code"]);
    }

    [Fact]
    public void ToProblem_BpmnValidation_ListsProblemsWithElementAndLine()
    {
        var error = new BpmnValidationException("x.bpmn",
            [new BpmnProblem(BpmnProblemSeverity.Error, "element.unsupported", "complexGateway is not supported", "complexGateway", "complex1", 6, 5)]);

        var problem = CollectionsExceptionHandler.ToProblem(error);

        var entries = Assert.IsAssignableFrom<IEnumerable<CollectionsExceptionHandler.ProblemEntry>>(problem.Extensions["problems"]);
        var entry = Assert.Single(entries);
        Assert.Equal(("complex1", 6, 5), (entry.ElementId, entry.Line, entry.Column));
    }
}
