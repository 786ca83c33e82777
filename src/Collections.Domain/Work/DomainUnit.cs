using Collections.Domain.Persistence;

namespace Collections.Domain.Work;

/// <summary>One running <see cref="DomainWork.RunAsync{T}"/>: its context and the steps deferred to just before it saves.</summary>
internal sealed class DomainUnit(DomainDbContext db)
{
    private readonly List<Func<DomainDbContext, CancellationToken, Task>> _beforeSave = [];

    public void Defer(Func<DomainDbContext, CancellationToken, Task> step) => _beforeSave.Add(step);

    public async Task RunBeforeSaveAsync(CancellationToken cancellationToken)
    {
        // A deferred step may defer another (an engine call it makes): run until none is left.
        for (var i = 0; i < _beforeSave.Count; i++) await _beforeSave[i](db, cancellationToken);
    }
}
