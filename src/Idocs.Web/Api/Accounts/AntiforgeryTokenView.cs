namespace Idocs.Web.Api.Accounts;

/// <summary>The antiforgery token to send in the <paramref name="HeaderName"/> header of cookie-authenticated POST, PUT, PATCH and DELETE calls.</summary>
public sealed record AntiforgeryTokenView(string HeaderName, string RequestToken);
