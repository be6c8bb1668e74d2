namespace Idocs.Web.Api.Accounts;

/// <summary>The document events to receive by email; an empty list turns email off.</summary>
public sealed record NotificationSettingsBody(IReadOnlyList<string>? EmailEvents);
