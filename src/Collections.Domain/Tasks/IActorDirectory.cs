namespace Collections.Domain.Tasks;

/// <summary>Looks up the staff member a task is delegated to (roles and groups), so delegation checks the target too.</summary>
public interface IActorDirectory
{
    /// <summary>The staff member with this user name, or null when there is none.</summary>
    Task<Actor?> FindUserAsync(string userId, CancellationToken cancellationToken);
}
