namespace Collections.Domain.Work;

/// <summary>The production <see cref="ICrashPoints"/>: nothing happens.</summary>
public sealed class NoCrashPoints : ICrashPoints
{
    public static readonly NoCrashPoints Instance = new();

    public void Reached(string point)
    {
    }
}
