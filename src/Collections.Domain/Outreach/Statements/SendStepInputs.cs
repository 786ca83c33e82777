using System.Collections.Concurrent;
using System.Xml.Linq;
using Collections.Engine.Api;

namespace Collections.Domain.Outreach.Statements;

/// <summary>
/// The literal <c>template</c> and <c>recipients</c> input parameters of each send step of a deployed definition, read
/// from its BPMN once (a deployed definition never changes), so a statement can tell another case's waiting step is a
/// reminder to the debtor without fetching and locking it.
/// </summary>
public sealed class SendStepInputs(IProcessQueries queries)
{
    private const string CamundaNamespace = "http://camunda.org/schema/1.0/bpmn";
    private readonly ConcurrentDictionary<Guid, IReadOnlyDictionary<string, SendStepInput>> _byDefinition = new();

    /// <summary>The step's inputs; null when the step is unknown or its template is an expression.</summary>
    public async Task<SendStepInput?> GetAsync(Guid definitionId, string activityId, CancellationToken cancellationToken)
    {
        if (!_byDefinition.TryGetValue(definitionId, out var steps))
        {
            var xml = await queries.GetDefinitionXmlAsync(definitionId, cancellationToken);
            steps = _byDefinition.GetOrAdd(definitionId, xml is null ? new Dictionary<string, SendStepInput>() : Parse(xml));
        }

        return steps.TryGetValue(activityId, out var found) ? found : null;
    }

    private static Dictionary<string, SendStepInput> Parse(string xml)
    {
        var result = new Dictionary<string, SendStepInput>(StringComparer.Ordinal);
        foreach (var element in XDocument.Parse(xml).Descendants())
        {
            if ((string?)element.Attribute("id") is not { } id) continue;
            var inputs = element.Elements().Where(e => e.Name.LocalName == "extensionElements")
                .Descendants(XName.Get("inputParameter", CamundaNamespace))
                .Where(p => p.Parent?.Parent?.Parent == element) // the step's own inputs, not a nested element's
                .ToDictionary(p => (string?)p.Attribute("name") ?? string.Empty, p => p.Value.Trim(), StringComparer.Ordinal);
            if (!inputs.TryGetValue("template", out var template) || template.Length == 0 || template.Contains("{", StringComparison.Ordinal)) continue;
            result[id] = new SendStepInput(template, inputs.TryGetValue("recipients", out var to) && to.Length > 0 ? to : "debtor");
        }

        return result;
    }
}
