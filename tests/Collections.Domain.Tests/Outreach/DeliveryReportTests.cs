using System.Security.Cryptography;
using System.Text;
using Collections.Domain.Errors;
using Collections.Domain.Outreach.Delivery;
using Collections.Domain.Outreach.Messages;

namespace Collections.Domain.Tests.Outreach;

/// <summary>Provider webhooks at the edge: SendGrid's ECDSA signature and event mapping, the SMS gateway's HMAC receipts.</summary>
public sealed class DeliveryReportTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 15, 0, 0, TimeSpan.Zero);

    [Fact]
    public void SendGridSignature_SignedWithTheKeyPair_VerifiesAndRefusesTampering()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var publicKey = Convert.ToBase64String(key.ExportSubjectPublicKeyInfo());
        using var otherKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        const string body = """[{"email":"a@b.example","event":"delivered","timestamp":1772463600}]""";
        const string timestamp = "1772463600";
        var signature = Convert.ToBase64String(key.SignData(Encoding.UTF8.GetBytes(timestamp + body), HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence));

        Assert.True(SendGridSignature.Verify(publicKey, signature, timestamp, body));
        Assert.False(SendGridSignature.Verify(publicKey, signature, timestamp, body.Replace("delivered", "bounce", StringComparison.Ordinal)));
        Assert.False(SendGridSignature.Verify(publicKey, signature, "1772463601", body));
        Assert.False(SendGridSignature.Verify(Convert.ToBase64String(otherKey.ExportSubjectPublicKeyInfo()), signature, timestamp, body));
        Assert.False(SendGridSignature.Verify(publicKey, "not base64!", timestamp, body));
        Assert.False(SendGridSignature.Verify(publicKey, null, timestamp, body));
    }

    [Fact]
    public void SendGridEvents_Parse_MapsBouncesDropsAndMessageIds()
    {
        const string body = """
            [
              {"email":"a@x.example","timestamp":1772463600,"event":"bounce","type":"bounce","reason":"550 5.1.1 unknown","sg_event_id":"e1","sg_message_id":"W86EgYT6SQKk0lRflfLRsA.filterdrecv-p3mdw1-1.0"},
              {"email":"b@x.example","timestamp":1772463600,"event":"bounce","type":"blocked","sg_event_id":"e2","sg_message_id":"W86EgYT6SQKk0lRflfLRsA.filterdrecv-p3mdw1-1.1"},
              {"email":"c@x.example","timestamp":1772463600,"event":"dropped","reason":"Invalid","sg_event_id":"e3","sg_message_id":"W86EgYT6SQKk0lRflfLRsA.filterdrecv-p3mdw1-1.2"},
              {"email":"d@x.example","timestamp":1772463600,"event":"dropped","reason":"Spam Content","sg_event_id":"e4","sg_message_id":"W86EgYT6SQKk0lRflfLRsA.filterdrecv-p3mdw1-1.3"},
              {"email":"e@x.example","timestamp":1772463600,"event":"spamreport","sg_event_id":"e5","sg_message_id":"W86EgYT6SQKk0lRflfLRsA.filterdrecv-p3mdw1-1.4"},
              {"email":"f@x.example","timestamp":1772463600,"event":"click","sg_event_id":"e6","sg_message_id":"W86EgYT6SQKk0lRflfLRsA.filterdrecv-p3mdw1-1.5"}
            ]
            """;

        var (reports, ignored) = SendGridEvents.Parse(body);

        Assert.Equal(1, ignored);
        Assert.All(reports, r => Assert.Equal("W86EgYT6SQKk0lRflfLRsA", r.ProviderMessageId));
        Assert.Equal([(DeliveryStatuses.Bounced, true), (DeliveryStatuses.Deferred, false), (DeliveryStatuses.Dropped, true), (DeliveryStatuses.Dropped, false), (DeliveryStatuses.SpamReport, false)],
            reports.Select(r => (r.Status, r.Permanent)));
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1772463600), reports[0].OccurredAt);
        Assert.Equal("a@x.example", reports[0].Recipient);
    }

    [Fact]
    public void SendGridEvents_NotAnArray_ValidationError()
    {
        var error = Assert.Throws<DomainValidationException>(() => SendGridEvents.Parse("""{"event":"delivered"}"""));

        Assert.Equal("body", error.Field);
    }

    [Fact]
    public void SmsReceipts_SignAndParse_PermanentOnlyWhereItMeansIt()
    {
        const string body = """
            [{"id":"m1","status":"failed","to":"+525512345678","reason":"dead number"},
             {"id":"m2","status":"failed","permanent":false},
             {"id":"m3","status":"undelivered"},
             {"id":"m4","status":"undelivered","permanent":true,"eventId":"r4"},
             {"id":"m5","status":"delivered","at":"2026-03-02T14:00:00Z"}]
            """;
        var header = SmsReceipts.Sign("secret", body);

        var reports = SmsReceipts.Parse(body, Now);

        Assert.True(SmsReceipts.Verify("secret", header, body));
        Assert.True(SmsReceipts.Verify("secret", header["sha256=".Length..].ToUpperInvariant(), body));
        Assert.False(SmsReceipts.Verify("secret", header, body + " "));
        Assert.False(SmsReceipts.Verify("other", header, body));
        Assert.Equal([true, false, false, true, false], reports.Select(r => r.Permanent));
        Assert.Equal("m1:failed", reports[0].EventId);
        Assert.Equal("r4", reports[3].EventId);
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 14, 0, 0, TimeSpan.Zero), reports[4].OccurredAt);
        Assert.Equal(Now, reports[0].OccurredAt);
    }

    [Fact]
    public void SmsReceipts_MissingId_NamesTheField()
    {
        var error = Assert.Throws<DomainValidationException>(() => SmsReceipts.Parse("""[{"status":"delivered"}]""", Now));

        Assert.Equal("[0].id", error.Field);
    }

    [Fact]
    public void OutreachMessage_Apply_NeverMovesBackFromABounce()
    {
        var message = new OutreachMessage(Guid.NewGuid(), Guid.NewGuid(), "ai-1", "send-email", "email", "sendgrid", "W86", ["a@x.example"], null, null, "warning", "es", "Aviso", Now);

        var bounced = message.Apply(DeliveryStatuses.Bounced, Now.AddMinutes(1));
        var opened = message.Apply(DeliveryStatuses.Opened, Now.AddMinutes(2));

        Assert.True(bounced);
        Assert.False(opened);
        Assert.Equal(DeliveryStatuses.Bounced, message.Status);
    }
}
