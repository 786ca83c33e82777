namespace Collections.Engine.Persistence.Records;

/// <summary>A deployed version of one process: the XML as deployed and its identity.</summary>
internal sealed class ProcessDefinitionRecord
{
    public Guid Id { get; set; }
    public required string Key { get; set; }
    public int Version { get; set; }
    public string? Name { get; set; }
    public required string ResourceName { get; set; }
    public required string Xml { get; set; }

    /// <summary>SHA-256 of the deployed XML: deploying identical XML again creates no new version.</summary>
    public required string XmlHash { get; set; }
    public bool IsExecutable { get; set; }
    public string? VersionTag { get; set; }
    public DateTimeOffset DeployedAt { get; set; }

    /// <summary>Where the version came from: <c>file</c>, <c>designer</c> or <c>api</c> (<c>Api/DeploymentSource</c>); null before sources were kept.</summary>
    public string? Source { get; set; }

    /// <summary>The file's path, the publishing user's id, or the API key's name.</summary>
    public string? SourceReference { get; set; }

    /// <summary>The publisher's note on why this version exists (bounded by <c>DeploymentRequest.MaxChangeNoteLength</c>).</summary>
    public string? ChangeNote { get; set; }
}
