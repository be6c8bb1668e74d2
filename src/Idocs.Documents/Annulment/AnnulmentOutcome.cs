using Idocs.Documents.Statuses;

namespace Idocs.Documents.Annulment;

/// <summary>The document's status after an annulment step, and whether a proposal still waits for the other side.</summary>
public sealed record AnnulmentOutcome(Guid DocumentId, DocumentStatus Status, bool AwaitsOtherSide);
