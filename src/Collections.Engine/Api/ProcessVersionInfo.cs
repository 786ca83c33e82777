namespace Collections.Engine.Api;

/// <summary>A deployed version of a process and how many of its instances are running now.</summary>
public sealed record ProcessVersionInfo(ProcessDefinitionInfo Definition, int RunningInstances);
