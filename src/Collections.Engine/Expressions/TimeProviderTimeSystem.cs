using System.Globalization;
using Jint.Runtime;

namespace Collections.Engine.Expressions;

/// <summary>
/// Jint's clock and zone: <c>new Date()</c> and <c>now()</c> read the injected <see cref="TimeProvider"/> (DESIGN.md D5),
/// and dates are shown in UTC so that a script gives the same answer on every server, whatever its local zone.
/// </summary>
internal sealed class TimeProviderTimeSystem(TimeProvider timeProvider)
    : DefaultTimeSystem(TimeZoneInfo.Utc, CultureInfo.InvariantCulture)
{
    public override DateTimeOffset GetUtcNow() => timeProvider.GetUtcNow();
}
