namespace Idocs.Documents.Integrations.ApiTokens;

/// <summary>A new token and its secret; the secret is in no other place and must be shown once.</summary>
public sealed record IssuedApiToken(ApiToken Token, string Secret);
