namespace Idocs.Web.Api.Accounts;

/// <summary>The document events the person wants by email in the current profile.</summary>
public sealed record NotificationSettingsView(IReadOnlyList<string> EmailEvents);
