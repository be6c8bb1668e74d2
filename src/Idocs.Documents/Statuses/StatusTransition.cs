namespace Idocs.Documents.Statuses;

/// <summary>One allowed change of status.</summary>
public readonly record struct StatusTransition(DocumentStatus From, DocumentStatus To);
