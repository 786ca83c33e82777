namespace Collections.Domain.Tasks;

/// <summary>Who an <see cref="Actor"/> is: a signed-in staff member or an API key.</summary>
public enum ActorKind
{
    User,
    ApiKey,
}
