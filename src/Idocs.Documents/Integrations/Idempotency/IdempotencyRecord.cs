namespace Idocs.Documents.Integrations.Idempotency;

/// <summary>
/// The first request made with an idempotency key and, once it finished, its response. A repeat
/// with the same caller, key and request hash gets the stored response instead of running again.
/// </summary>
public sealed class IdempotencyRecord
{
    public IdempotencyRecord(Guid id, string callerKey, string key, string requestHash, DateTimeOffset createdAt, DateTimeOffset expiresAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(callerKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentException.ThrowIfNullOrWhiteSpace(requestHash);

        Id = id;
        CallerKey = callerKey;
        Key = key;
        RequestHash = requestHash;
        CreatedAt = createdAt;
        ExpiresAt = expiresAt;
    }

    public Guid Id { get; private set; }

    /// <summary>Who sent the request: <c>token:{id}</c> or <c>person:{personId}:{profileId}</c>.</summary>
    public string CallerKey { get; private set; }

    /// <summary>The <c>Idempotency-Key</c> header as the client sent it.</summary>
    public string Key { get; private set; }

    /// <summary>Lower-case hex SHA-256 over the method, the path and the body.</summary>
    public string RequestHash { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    /// <summary>Status of the stored response; null while the first request is still running.</summary>
    public int? StatusCode { get; private set; }

    public string? ContentType { get; private set; }

    public byte[]? ResponseBody { get; private set; }

    /// <summary>The <c>Location</c> header of a 201 response, if any.</summary>
    public string? Location { get; private set; }

    public bool IsCompleted => StatusCode is not null;

    public void Complete(int statusCode, string? contentType, string? location, byte[] body)
    {
        ArgumentNullException.ThrowIfNull(body);

        StatusCode = statusCode;
        ContentType = contentType;
        Location = location;
        ResponseBody = body;
    }
}
