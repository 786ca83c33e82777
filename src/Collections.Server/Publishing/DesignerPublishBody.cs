namespace Collections.Server.Publishing;

/// <summary>
/// A designer publish: the diagram's XML, the file name it is kept under (<c>overdue-invoice.bpmn</c>) and the change
/// note (required, at most 500 characters). Who publishes comes from the
/// principal, never from this body.
/// </summary>
public sealed record DesignerPublishBody(string? Name, string? Xml, string? ChangeNote);
