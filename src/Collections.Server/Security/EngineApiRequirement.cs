using Microsoft.AspNetCore.Authorization;

namespace Collections.Server.Security;

/// <summary>Marks the engine API: which roles an endpoint needs is looked up by its endpoint name.</summary>
public sealed class EngineApiRequirement : IAuthorizationRequirement;
