using Collections.Engine.Errors;

namespace Collections.Domain.Errors;

/// <summary>The request is well-formed but clashes with current state (case already open, dispute already open, idempotency key reused). HTTP 409.</summary>
public sealed class DomainConflictException(string code, string message) : CollectionsException(code, message);
