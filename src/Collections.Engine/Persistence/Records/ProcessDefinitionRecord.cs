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
}
