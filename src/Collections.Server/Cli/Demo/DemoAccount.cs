namespace Collections.Server.Cli.Demo;

/// <summary>A demo staff account: sign-in, display name, its role and candidate groups, and its password (shown once).</summary>
internal sealed record DemoAccount(string Email, string DisplayName, string Role, IReadOnlyList<string> Groups, string Password)
{
    public Collections.Domain.Tasks.Actor Actor => new(Email, Collections.Domain.Tasks.ActorKind.User, [Role], Groups);
}
