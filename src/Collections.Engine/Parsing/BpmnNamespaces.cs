namespace Collections.Engine.Parsing;

/// <summary>XML namespaces the parser reads; prefixes are whatever the file declares.</summary>
internal static class BpmnNamespaces
{
    /// <summary>BPMN 2.0 semantic model (BPMN 2.0.2 §15, the <c>MODEL</c> schema).</summary>
    public const string Bpmn = "http://www.omg.org/spec/BPMN/20100524/MODEL";

    /// <summary>Camunda 7 extension attributes and elements.</summary>
    public const string Camunda = "http://camunda.org/schema/1.0/bpmn";

    public const string Xmlns = "http://www.w3.org/2000/xmlns/";
}
