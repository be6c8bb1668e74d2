namespace Idocs.Web.Api.Designer;

public sealed record DuplicateDraftRequest(string NewId, string? NewName);
