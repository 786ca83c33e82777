using Collections.Engine.Expressions;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

internal static class ExpressionsServiceCollectionExtensions
{
    /// <summary>The expression compiler and the Jint sandbox evaluator, with <see cref="ExpressionOptions"/> checked at start.</summary>
    public static IServiceCollection AddCollectionsExpressions(this IServiceCollection services)
    {
        services.AddOptions<ExpressionOptions>()
            .BindConfiguration(ExpressionOptions.Section)
            .Validate(o => o.MaxStatements > 0, "Collections:Expressions:MaxStatements must be positive.")
            .Validate(o => o.Timeout > TimeSpan.Zero, "Collections:Expressions:Timeout must be positive.")
            .Validate(o => o.MemoryLimitBytes > 0, "Collections:Expressions:MemoryLimitBytes must be positive.")
            .Validate(o => o.RecursionLimit > 0, "Collections:Expressions:RecursionLimit must be positive.")
            .Validate(o => o.MaxAllocationBytes > 0, "Collections:Expressions:MaxAllocationBytes must be positive.")
            .Validate(o => o.MaxNestingDepth > 0, "Collections:Expressions:MaxNestingDepth must be positive.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IExpressionCompiler, ExpressionCompiler>();
        services.TryAddSingleton<IExpressionEvaluator, JintExpressionEvaluator>();
        return services;
    }
}
