namespace Idocs.Web.Api.Designer;

/// <summary>Starts a draft from a published version: <see cref="Version"/> null for the latest, <see cref="NewId"/> to copy under another id.</summary>
public sealed record DraftFromVersionRequest(int? Version, string? NewId);
