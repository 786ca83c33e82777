namespace Collections.Engine.Api;

/// <summary>
/// A BPMN file to deploy; <paramref name="ResourceName"/> names it in messages (e.g. <c>overdue-invoice.bpmn</c>).
/// <see cref="Source"/> and <see cref="ChangeNote"/> are kept with every version the deployment creates.
/// </summary>
public sealed record DeploymentRequest(string ResourceName, string Xml)
{
    /// <summary>The longest change note a version keeps (characters).</summary>
    public const int MaxChangeNoteLength = 500;

    /// <summary>Who or what deploys; default: the API with no caller named.</summary>
    public DeploymentSource Source { get; init; } = DeploymentSource.Api(null);

    /// <summary>Why this version exists, in the publisher's words (required by the designer, optional elsewhere).</summary>
    public string? ChangeNote { get; init; }
}
