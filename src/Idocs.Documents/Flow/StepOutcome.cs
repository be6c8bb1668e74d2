using Idocs.Documents.Statuses;

namespace Idocs.Documents.Flow;

/// <summary>The document's status after a step, and whether this is the stored outcome of an earlier identical request.</summary>
public sealed record StepOutcome(Guid DocumentId, DocumentStatus Status, bool Replayed, Guid? SignatureId = null);
