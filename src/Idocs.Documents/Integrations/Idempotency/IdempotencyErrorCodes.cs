namespace Idocs.Documents.Integrations.Idempotency;

public static class IdempotencyErrorCodes
{
    /// <summary>The key was used before by the same caller with a different method, path or body.</summary>
    public const string KeyReusedWithDifferentRequest = "idempotency.key_reused_with_different_request";

    /// <summary>The first request with this key is still running; the client retries later.</summary>
    public const string RequestInProgress = "idempotency.request_in_progress";

    /// <summary>The header is empty, longer than allowed or holds characters outside printable ASCII.</summary>
    public const string InvalidKey = "idempotency.invalid_key";
}
