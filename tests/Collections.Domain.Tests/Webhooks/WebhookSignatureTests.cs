using Collections.Domain.Webhooks;

namespace Collections.Domain.Tests.Webhooks;

public sealed class WebhookSignatureTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Create_KnownInput_MatchesHmacOfTimestampDotBody()
    {
        var header = WebhookSignature.Create("secret", At, "{}");

        var expected = Convert.ToHexStringLower(System.Security.Cryptography.HMACSHA256.HashData("secret"u8.ToArray(), System.Text.Encoding.UTF8.GetBytes($"{At.ToUnixTimeSeconds()}.{{}}")));
        Assert.Equal($"t={At.ToUnixTimeSeconds()},v1={expected}", header);
    }

    [Fact]
    public void Verify_TamperedBody_False()
    {
        var header = WebhookSignature.Create("secret", At, """{"amount":1}""");

        Assert.True(WebhookSignature.Verify("secret", header, """{"amount":1}"""));
        Assert.False(WebhookSignature.Verify("secret", header, """{"amount":1000}"""));
        Assert.False(WebhookSignature.Verify("secret", header.Replace("t=", "t=1", StringComparison.Ordinal), """{"amount":1}"""));
    }

    [Fact]
    public void DelayAfter_Failures_DoublesUpToCap()
    {
        var options = new WebhookOptions();

        Assert.Equal(TimeSpan.FromSeconds(30), options.DelayAfter(1));
        Assert.Equal(TimeSpan.FromSeconds(60), options.DelayAfter(2));
        Assert.Equal(TimeSpan.FromSeconds(120), options.DelayAfter(3));
        Assert.Equal(TimeSpan.FromHours(1), options.DelayAfter(12));
        Assert.Equal(TimeSpan.FromHours(1), options.DelayAfter(1000));
    }
}
