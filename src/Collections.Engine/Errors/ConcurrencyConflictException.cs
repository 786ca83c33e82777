namespace Collections.Engine.Errors;

/// <summary>Another writer changed the same instance or row first; the unit of work is retried, then this surfaces.</summary>
public sealed class ConcurrencyConflictException(string message, Exception? inner = null)
    : CollectionsException("concurrency.conflict", message, inner);
