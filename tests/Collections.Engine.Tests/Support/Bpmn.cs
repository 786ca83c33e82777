namespace Collections.Engine.Tests.Support;

/// <summary>Wraps process XML in a BPMN definitions element with the Camunda namespace, so tests show only what matters.</summary>
public static class Bpmn
{
    public static string Definitions(string body) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                          xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                          id="defs" targetNamespace="http://collections.test">
        {body}
        </bpmn:definitions>
        """;

    /// <summary>An executable process with the given flow-node XML.</summary>
    public static string Process(string id, string nodes, string extra = "") =>
        Definitions($"""
            {extra}
            <bpmn:process id="{id}" isExecutable="true">
            {nodes}
            </bpmn:process>
            """);

    public static string Flow(string id, string from, string to, string? condition = null) => condition is null
        ? $"""<bpmn:sequenceFlow id="{id}" sourceRef="{from}" targetRef="{to}" />"""
        : $"""<bpmn:sequenceFlow id="{id}" sourceRef="{from}" targetRef="{to}"><bpmn:conditionExpression>{System.Security.SecurityElement.Escape(condition)}</bpmn:conditionExpression></bpmn:sequenceFlow>""";
}
