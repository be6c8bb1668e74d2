namespace Idocs.Web.Api.Tokens;

/// <summary>Endpoint metadata naming the scope a token needs; the OpenAPI document lists it.</summary>
public sealed record RequiredScopeMetadata(string Scope);
