namespace Collections.Engine.Api;

/// <summary>
/// A BPMN file from the workflows folder, offered at start: <paramref name="Path"/> as it is shown and kept
/// (e.g. <c>workflows/overdue-invoice.bpmn</c>), its text, and when it was last written (the file system's time).
/// </summary>
public sealed record WorkflowFileRequest(string Path, string Xml, DateTimeOffset LastWrittenAt);
