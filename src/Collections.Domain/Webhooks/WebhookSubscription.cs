using Collections.Domain.Errors;
using Collections.Domain.Validation;

namespace Collections.Domain.Webhooks;

/// <summary>
/// An integrator's endpoint and the events it wants. The entity checks the URL's shape; which hosts it may reach (and
/// whether plain http is allowed) is <see cref="Targets.WebhookTargetGuard"/>'s decision, made with configuration.
/// </summary>
public sealed class WebhookSubscription
{
    private WebhookSubscription()
    {
        Url = Secret = string.Empty;
    }

    public WebhookSubscription(Guid id, WebhookSubscriptionInput input, DateTimeOffset now)
        : this()
    {
        (Id, CreatedAt) = (id, now);
        Update(input, now);
    }

    public Guid Id { get; private set; }

    public string Url { get; private set; }

    public IReadOnlyList<string> Events { get; private set; } = [];

    public string Secret { get; private set; }

    public bool Active { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public bool Wants(string eventType) => Active && (Events.Contains(eventType) || Events.Contains(WebhookEvents.Wildcard));

    public void Update(WebhookSubscriptionInput input, DateTimeOffset now)
    {
        var url = Check.Text(input.Url, "url", 2000);
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || !(uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
        {
            throw new DomainValidationException("webhook.url-invalid", "url", $"'{url}' is not an absolute https URL.");
        }

        if (input.Events is not { Count: > 0 }) throw new DomainValidationException("field.required", "events", "Name at least one event, or \"*\".");
        for (var i = 0; i < input.Events.Count; i++)
        {
            if (input.Events[i] != WebhookEvents.Wildcard && !WebhookEvents.All.Contains(input.Events[i]))
            {
                throw new DomainValidationException("webhook.event-unknown", $"events[{i}]", $"'{input.Events[i]}' is not an event; use one of {string.Join(", ", WebhookEvents.All)} or \"*\".");
            }
        }

        var secret = Check.Text(input.Secret, "secret", 200);
        if (secret.Length < 16) throw new DomainValidationException("webhook.secret-short", "secret", "The secret needs at least 16 characters.");
        (Url, Events, Secret, Active, UpdatedAt) = (url, input.Events.Distinct().ToList(), secret, input.Active, now);
    }
}
