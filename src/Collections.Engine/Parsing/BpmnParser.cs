using Collections.Engine.Expressions;
using Collections.Engine.Model;

namespace Collections.Engine.Parsing;

/// <summary>
/// Reads a BPMN 2.0 file in the Camunda 7 dialect into one <see cref="ProcessModel"/> per <c>bpmn:process</c> and
/// reports every problem at once, each with element and line (as Camunda's parser does). Never throws: a broken,
/// hostile or huge file becomes problems in the result. Problems in executable processes are errors; in
/// non-executable ones (stored for viewing, never started) they are warnings.
/// </summary>
public sealed class BpmnParser(IExpressionCompiler compiler, BpmnParserOptions? options = null)
{
    private readonly IExpressionCompiler compiler = compiler ?? throw new ArgumentNullException(nameof(compiler));
    private readonly BpmnParserOptions options = options ?? new BpmnParserOptions();

    /// <summary>Parses <paramref name="xml"/>; <paramref name="resourceName"/> names the file in messages.</summary>
    public BpmnParseResult Parse(string xml, string resourceName)
    {
        var problems = new List<BpmnProblem>();
        var processes = new List<ProcessModel>();
        try
        {
            var root = SafeXmlLoader.Load(xml, options, problems);
            if (root is not null)
            {
                new DefinitionsReader(compiler, root, problems).Read(processes);
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The promise is "never throws"; a bug here must still reach the user as a problem, not a 500.
            problems.Add(new BpmnProblem(
                BpmnProblemSeverity.Error,
                BpmnProblemCodes.Internal,
                $"{resourceName} could not be read because of an internal parser error ({e.GetType().Name}: {e.Message}).",
                null,
                null,
                0,
                0));
        }

        // Passes find problems in their own order; the reader wants them in file order.
        return new BpmnParseResult(processes, problems.OrderBy(p => p.Line).ThenBy(p => p.Column).ToList());
    }
}
