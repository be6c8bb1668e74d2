namespace Idocs.Web.Api.Tokens;

/// <summary>The response to issuing a token; <see cref="Secret"/> is shown here and nowhere else.</summary>
public sealed record IssuedApiTokenView(ApiTokenView Token, string Secret);
