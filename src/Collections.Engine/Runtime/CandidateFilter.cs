using System.Linq.Expressions;
using Collections.Engine.Persistence.Records;
using Collections.Engine.Runtime.Behaviors;
using Microsoft.EntityFrameworkCore;

namespace Collections.Engine.Runtime;

/// <summary>Builds <c>candidate_users LIKE '%|u|%' OR candidate_groups LIKE '%|g1|%' OR ...</c>, which both providers translate.</summary>
internal static class CandidateFilter
{
    private static readonly System.Reflection.MethodInfo Like =
        typeof(DbFunctionsExtensions).GetMethod(nameof(DbFunctionsExtensions.Like), [typeof(DbFunctions), typeof(string), typeof(string)])!;

    public static Expression<Func<UserTaskRecord, bool>> For(string? user, IReadOnlyList<string> groups)
    {
        var task = Expression.Parameter(typeof(UserTaskRecord), "t");
        Expression body = Expression.Constant(false);
        if (user is not null) body = Expression.OrElse(body, LikeCall(task, nameof(UserTaskRecord.CandidateUsers), user));
        foreach (var group in groups) body = Expression.OrElse(body, LikeCall(task, nameof(UserTaskRecord.CandidateGroups), group));
        return Expression.Lambda<Func<UserTaskRecord, bool>>(body, task);
    }

    private static MethodCallExpression LikeCall(ParameterExpression task, string column, string member) =>
        Expression.Call(Like, Expression.Constant(EF.Functions), Expression.Property(task, column), Expression.Constant(CandidateList.Pattern(member)));
}
