using System.Text;
using System.Xml;

namespace Collections.Engine.Parsing;

/// <summary>
/// Reads untrusted XML into an <see cref="XmlElementNode"/> tree with every limit on: no DTD (so no external entities,
/// XXE, and no entity expansion, "billion laughs"), no resolver, size checked before reading, depth checked while
/// streaming. Problems go to the list; the loader never throws.
/// </summary>
internal static class SafeXmlLoader
{
    public static XmlElementNode? Load(string? xml, BpmnParserOptions options, List<BpmnProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(xml))
        {
            problems.Add(FileProblem(BpmnProblemCodes.Xml, "The file is empty; expected BPMN 2.0 XML.", 0, 0));
            return null;
        }

        // UTF-8 needs at least one byte per char, so a long string is too large without counting; count only near the limit.
        var tooLarge = xml.Length > options.MaxFileBytes
            || ((long)xml.Length * 3 > options.MaxFileBytes && Encoding.UTF8.GetByteCount(xml) > options.MaxFileBytes);
        if (tooLarge)
        {
            problems.Add(FileProblem(
                BpmnProblemCodes.TooLarge,
                $"The file is larger than the limit of {options.MaxFileBytes:N0} bytes; BPMN diagrams are normally well under 1 MB.",
                0,
                0));
            return null;
        }

        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersFromEntities = 1024,
            MaxCharactersInDocument = options.MaxFileBytes,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            IgnoreWhitespace = true,
            CloseInput = true,
        };

        var stack = new Stack<XmlElementNode>();
        XmlElementNode? root = null;
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), settings);
            var lineInfo = (IXmlLineInfo)reader;
            while (reader.Read())
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.Element:
                        if (reader.Depth >= options.MaxDepth)
                        {
                            problems.Add(FileProblem(
                                BpmnProblemCodes.TooDeep,
                                $"Elements are nested more than {options.MaxDepth} levels deep at line {lineInfo.LineNumber}; BPMN needs far fewer, so the file was not read further.",
                                lineInfo.LineNumber,
                                lineInfo.LinePosition));
                            return null;
                        }

                        // LinePosition points at the name; the start tag begins one column earlier, at '<'.
                        var node = new XmlElementNode(reader.NamespaceURI, reader.LocalName, lineInfo.LineNumber, Math.Max(1, lineInfo.LinePosition - 1));
                        var isEmpty = reader.IsEmptyElement;
                        if (reader.MoveToFirstAttribute())
                        {
                            do
                            {
                                if (reader.NamespaceURI != BpmnNamespaces.Xmlns)
                                {
                                    node.Attributes.Add((reader.NamespaceURI, reader.LocalName, reader.Value));
                                }
                            }
                            while (reader.MoveToNextAttribute());
                            reader.MoveToElement();
                        }

                        if (stack.TryPeek(out var parent))
                        {
                            parent.Children.Add(node);
                        }
                        else
                        {
                            root = node;
                        }

                        if (!isEmpty)
                        {
                            stack.Push(node);
                        }

                        break;
                    case XmlNodeType.EndElement:
                        stack.Pop();
                        break;
                    case XmlNodeType.Text:
                    case XmlNodeType.CDATA:
                    case XmlNodeType.SignificantWhitespace:
                        if (stack.TryPeek(out var owner))
                        {
                            owner.AppendText(reader.Value);
                        }

                        break;
                }
            }
        }
        catch (XmlException e)
        {
            var (line, column) = e.LineNumber > 0 ? (e.LineNumber, e.LinePosition) : DoctypePosition(xml);
            problems.Add(FileProblem(BpmnProblemCodes.Xml, Describe(e, xml, line), line, column));
            return null;
        }

        if (root is null)
        {
            problems.Add(FileProblem(BpmnProblemCodes.Xml, "The file has no root element; expected BPMN 2.0 XML.", 0, 0));
        }

        return root;
    }

    /// <summary>The prohibited-DTD error carries no position; find the DOCTYPE ourselves so the problem names its line.</summary>
    private static (int Line, int Column) DoctypePosition(string xml)
    {
        var index = xml.IndexOf("<!DOCTYPE", StringComparison.OrdinalIgnoreCase);
        if (index < 0)
        {
            return (0, 0);
        }

        var line = 1 + xml.AsSpan(0, index).Count('\n');
        var lineStart = xml.LastIndexOf('\n', Math.Max(0, index - 1)) + 1;
        return (line, index - lineStart + 1);
    }

    private static string Describe(XmlException e, string xml, int line)
    {
        // DtdProcessing.Prohibit rejects any DOCTYPE; say why, since the framework's text only names the setting.
        if (xml.Contains("<!DOCTYPE", StringComparison.OrdinalIgnoreCase) && e.Message.Contains("DTD", StringComparison.Ordinal))
        {
            return $"Line {line}: DOCTYPE declarations are not allowed. BPMN needs none, and they enable external-entity (XXE) and entity-expansion attacks; remove the DOCTYPE.";
        }

        return $"Line {line}, column {e.LinePosition}: the file is not well-formed XML: {e.Message}";
    }

    private static BpmnProblem FileProblem(string code, string message, int line, int column) =>
        new(BpmnProblemSeverity.Error, code, message, null, null, line, column);
}
