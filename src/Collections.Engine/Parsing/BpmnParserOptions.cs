namespace Collections.Engine.Parsing;

/// <summary>Limits the parser enforces before and while reading XML, so a hostile or broken upload cannot exhaust the server.</summary>
public sealed class BpmnParserOptions
{
    /// <summary>
    /// Largest file accepted, in UTF-8 bytes. Default 10 MB: the largest real diagrams we know (the MIWG C.8.0 reference,
    /// diagrams with hundreds of shapes) are under 250 KB, so 10 MB is 40 times headroom while keeping the parsed tree,
    /// which is several times the file size in memory, far below what one request may use.
    /// </summary>
    public long MaxFileBytes { get; init; } = 10 * 1024 * 1024;

    /// <summary>
    /// Deepest element nesting accepted. Default 64: BPMN needs about a dozen levels (definitions, process, a few nested
    /// sub-processes, extensionElements, inputOutput, map, list); a limit checked while streaming turns a 10,000-deep
    /// document into one clear problem instead of deep recursion later.
    /// </summary>
    public int MaxDepth { get; init; } = 64;
}
