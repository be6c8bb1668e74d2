namespace Idocs.Web.Components.Pages.Documents;

/// <summary>One document's result of a mass action, as the mass endpoints return it.</summary>
public sealed record MassResultItem(Guid DocumentId, string? Status, string? ErrorCode, string? ErrorMessage);
