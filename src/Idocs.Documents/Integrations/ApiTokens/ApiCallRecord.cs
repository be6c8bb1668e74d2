namespace Idocs.Documents.Integrations.ApiTokens;

/// <summary>
/// The audit row of one call made with an API token. It keeps the route template, never the
/// concrete path or any body, so it holds no document contents or personal data.
/// </summary>
public sealed record ApiCallRecord(
    Guid Id,
    Guid TokenId,
    Guid ProfileId,
    string Method,
    string RouteTemplate,
    int StatusCode,
    DateTimeOffset OccurredAt,
    int DurationMilliseconds);
