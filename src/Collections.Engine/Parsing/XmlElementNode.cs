using System.Text;

namespace Collections.Engine.Parsing;

/// <summary>
/// A minimal element tree built while streaming, with the start tag's line and column. Our own tree rather than
/// XDocument so that depth is checked before anything is nested, and so walking it never needs deep recursion.
/// </summary>
internal sealed class XmlElementNode(string namespaceUri, string localName, int line, int column)
{
    private StringBuilder? text;

    public string Namespace { get; } = namespaceUri;

    public string LocalName { get; } = localName;

    public int Line { get; } = line;

    public int Column { get; } = column;

    public List<(string Namespace, string LocalName, string Value)> Attributes { get; } = [];

    public List<XmlElementNode> Children { get; } = [];

    /// <summary>Text and CDATA directly inside this element, concatenated.</summary>
    public string Text => text?.ToString() ?? "";

    public bool IsBpmn(string name) => Namespace == BpmnNamespaces.Bpmn && LocalName == name;

    public bool IsCamunda(string name) => Namespace == BpmnNamespaces.Camunda && LocalName == name;

    public void AppendText(string value) => (text ??= new StringBuilder()).Append(value);

    /// <summary>An unqualified attribute, as BPMN writes its own (<c>id</c>, <c>sourceRef</c>).</summary>
    public string? Attr(string name) => Find("", name);

    /// <summary>A <c>camunda:</c> attribute.</summary>
    public string? CamundaAttr(string name) => Find(BpmnNamespaces.Camunda, name);

    public IEnumerable<XmlElementNode> BpmnChildren(string name) => Children.Where(c => c.IsBpmn(name));

    public IEnumerable<XmlElementNode> CamundaChildren(string name) => Children.Where(c => c.IsCamunda(name));

    /// <summary><c>camunda:</c> elements inside this element's <c>bpmn:extensionElements</c>.</summary>
    public IEnumerable<XmlElementNode> CamundaExtensions(string name) =>
        BpmnChildren("extensionElements").SelectMany(e => e.CamundaChildren(name));

    /// <summary>Sets an unqualified attribute, replacing an existing (possibly empty) value.</summary>
    public void SetAttr(string name, string value)
    {
        Attributes.RemoveAll(a => a.LocalName == name && a.Namespace == "");
        Attributes.Add(("", name, value));
    }

    private string? Find(string ns, string name)
    {
        foreach (var (attrNs, attrName, value) in Attributes)
        {
            if (attrName == name && attrNs == ns)
            {
                return value;
            }
        }

        return null;
    }
}
