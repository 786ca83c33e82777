using SendGrid.Helpers.EventWebhook;

namespace Collections.Domain.Outreach.Delivery;

/// <summary>
/// SendGrid's signed event webhook: an ECDSA P-256 signature (base64, DER) over the
/// <c>X-Twilio-Email-Event-Webhook-Timestamp</c> header followed by the raw body, checked with the verification key
/// SendGrid shows (base64 of the public key), through the SendGrid package's own <see cref="RequestValidator"/>.
/// </summary>
public static class SendGridSignature
{
    public const string SignatureHeader = RequestValidator.SIGNATURE_HEADER;
    public const string TimestampHeader = RequestValidator.TIMESTAMP_HEADER;

    public static bool Verify(string publicKey, string? signature, string? timestamp, string body)
    {
        if (string.IsNullOrWhiteSpace(publicKey) || string.IsNullOrWhiteSpace(signature) || string.IsNullOrWhiteSpace(timestamp)) return false;
        try
        {
            var validator = new RequestValidator();
            return validator.VerifySignature(validator.ConvertPublicKeyToECDSA(publicKey.Trim()), body, signature.Trim(), timestamp.Trim());
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or InvalidOperationException or IndexOutOfRangeException or OverflowException)
        {
            return false; // a key or signature that does not even decode verifies nothing
        }
    }
}
