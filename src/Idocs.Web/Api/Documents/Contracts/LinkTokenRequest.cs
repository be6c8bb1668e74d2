namespace Idocs.Web.Api.Documents.Contracts;

/// <summary>The token from the emailed URL.</summary>
public sealed record LinkTokenRequest(string Token);
