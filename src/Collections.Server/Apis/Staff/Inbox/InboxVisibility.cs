using System.Linq.Expressions;
using Collections.Server.Persistence.Reads;
using Microsoft.EntityFrameworkCore;

namespace Collections.Server.Apis.Staff.Inbox;

/// <summary>
/// Who sees a task: its assignee (<see cref="InboxFilters.Mine"/>), and while it is unassigned the users and groups it
/// is offered to (<see cref="InboxFilters.Offered"/>). The engine stores candidates as <c>|a|b|</c>, so membership is
/// one <c>LIKE '%|name|%'</c> per name on both providers; LIKE's wildcards in a name are escaped, so a group called
/// <c>a_b</c> never matches <c>axb</c>.
/// </summary>
internal static class InboxVisibility
{
    private const char Escape = '\\';

    private static readonly System.Reflection.MethodInfo Like = typeof(DbFunctionsExtensions).GetMethod(
        nameof(DbFunctionsExtensions.Like), [typeof(DbFunctions), typeof(string), typeof(string), typeof(string)])!;

    public static Expression<Func<UserTaskRow, bool>> For(string user, IReadOnlyList<string> groups, string filter)
    {
        var task = Expression.Parameter(typeof(UserTaskRow), "t");
        Expression mine = Expression.Equal(Expression.Property(task, nameof(UserTaskRow.Assignee)), Parameter(user));
        Expression candidate = LikeCall(task, nameof(UserTaskRow.CandidateUsers), user);
        foreach (var group in groups.Distinct(StringComparer.Ordinal))
        {
            candidate = Expression.OrElse(candidate, LikeCall(task, nameof(UserTaskRow.CandidateGroups), group));
        }

        Expression offered = Expression.AndAlso(
            Expression.Equal(Expression.Property(task, nameof(UserTaskRow.Assignee)), Expression.Constant(null, typeof(string))), candidate);
        var body = filter switch
        {
            InboxFilters.Mine => mine,
            InboxFilters.Offered => offered,
            _ => Expression.OrElse(mine, offered),
        };
        return Expression.Lambda<Func<UserTaskRow, bool>>(body, task);
    }

    /// <summary>The names of an encoded candidate list.</summary>
    public static IReadOnlyList<string> Decode(string? encoded) =>
        encoded is null ? [] : encoded.Split('|', StringSplitOptions.RemoveEmptyEntries);

    private static MethodCallExpression LikeCall(ParameterExpression task, string column, string member) =>
        Expression.Call(Like, Expression.Constant(EF.Functions), Expression.Property(task, column),
            Parameter("%|" + EscapeLike(member) + "|%"), Expression.Constant(Escape.ToString()));

    /// <summary>A captured value, so EF sends it as a SQL parameter and reuses one compiled query for every user.</summary>
    private static MemberExpression Parameter(string value) => Expression.Property(Expression.Constant(new Captured(value)), nameof(Captured.Value));

    /// <summary>Escapes LIKE's wildcards and the escape character itself (escape character <c>\</c>).</summary>
    public static string EscapeLike(string text) =>
        text.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal);

    private sealed record Captured(string Value);
}
