namespace Collections.Domain.Work;

/// <summary>
/// A test seam at the moments where a process death matters for exactly-once work (between a commit and a call to
/// the outside world). Production registers <see cref="NoCrashPoints"/>; a test throws from <see cref="Reached"/> to
/// play a crash at that point and proves the retry neither loses nor repeats anything.
/// </summary>
public interface ICrashPoints
{
    void Reached(string point);
}
