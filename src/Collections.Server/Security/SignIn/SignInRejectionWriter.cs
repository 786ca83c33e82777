using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using System.Threading.RateLimiting;

namespace Collections.Server.Security.SignIn;

/// <summary>
/// Answers a sign-in refused by <see cref="SignInLimits.PerAddressPolicy"/> with 429 <c>auth.too-many-attempts</c>
/// and <c>Retry-After</c>; every other refusal goes to the rejection writer registered before (the integrator API's).
/// </summary>
internal sealed class SignInRejectionWriter : IPostConfigureOptions<RateLimiterOptions>
{
    public void PostConfigure(string? name, RateLimiterOptions options)
    {
        var previous = options.OnRejected;
        options.OnRejected = async (context, cancellationToken) =>
        {
            var policy = context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName;
            if (policy != SignInLimits.PerAddressPolicy)
            {
                if (previous is not null) await previous(context, cancellationToken);
                return;
            }

            var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
            await RetryAfterProblem.TooManyAttempts(retryAfter).ExecuteAsync(context.HttpContext);
        };
    }
}
