using System.Collections.Frozen;

namespace Collections.Server.Security.Passwords;

/// <summary>
/// The 1,000 most common passwords (NIST SP 800-63B §5.1.1.2: refuse values known to be commonly used), from the
/// public "10-million-password-list-top-1000" (SecLists, MIT licence), shipped as the embedded resource
/// <c>common-passwords.txt</c>. Compared without regard to case, so <c>PASSWORD</c> is as refused as <c>password</c>.
/// </summary>
public sealed class CommonPasswordList
{
    private const string ResourceName = "Collections.Server.Security.Passwords.common-passwords.txt";

    private readonly FrozenSet<string> _passwords;

    public CommonPasswordList()
    {
        using var stream = typeof(CommonPasswordList).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>(1000);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0) lines.Add(line);
        }

        Entries = lines;
        _passwords = lines.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The list as shipped, in order of frequency.</summary>
    public IReadOnlyList<string> Entries { get; }

    public bool Contains(string password) => _passwords.Contains(password);
}
