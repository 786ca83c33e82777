using Collections.Domain.Cases.Contracts;

namespace Collections.Domain.Outreach.Calls;

/// <summary>What a completed call or visit left on its case: the contact attempt and, for a promise, the promise to pay.</summary>
public sealed record CallOutcomeRecord(Guid CaseId, ContactAttemptDto Attempt, PromiseDto? Promise, IReadOnlyList<string> InvalidatedNumbers);
