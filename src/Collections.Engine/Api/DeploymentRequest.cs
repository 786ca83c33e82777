namespace Collections.Engine.Api;

/// <summary>A BPMN file to deploy; <paramref name="ResourceName"/> names it in messages (e.g. <c>overdue-invoice.bpmn</c>).</summary>
public sealed record DeploymentRequest(string ResourceName, string Xml);
