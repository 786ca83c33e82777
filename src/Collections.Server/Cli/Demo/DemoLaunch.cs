namespace Collections.Server.Cli.Demo;

/// <summary>What <c>demo</c> decided: start the server with <see cref="ServerArgs"/>, or stop with <see cref="ExitCode"/>.</summary>
internal sealed record DemoLaunch(int ExitCode, IReadOnlyList<string>? ServerArgs);
