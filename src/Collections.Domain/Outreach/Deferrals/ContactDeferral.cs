using Collections.Domain.Outreach.Policy;

namespace Collections.Domain.Outreach.Deferrals;

/// <summary>
/// Why a send step waits: the case, the channel and template, the debtor's zone and the contact rule that stopped it,
/// so the case's timeline can say "E-mail deferred until 08:00 local (America/Mexico_City): outside contact hours".
/// </summary>
public sealed record ContactDeferral(Guid? CaseId, string Channel, string? Template, string? TimeZone, ContactRule? Rule);
