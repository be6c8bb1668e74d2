namespace Idocs.Documents.Integrations.OneC;

/// <summary>The status of an uploaded document as the 1C module polls it by its 1C id.</summary>
public sealed record OneCDocumentStatus(Guid DocumentId, string OneCId, string Type, string Status, string? RejectionReason);
