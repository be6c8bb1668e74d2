using Idocs.Common.Results;

namespace Idocs.Documents.Flow;

/// <summary>The result of a mass action for one document: its outcome, or why it was refused.</summary>
public sealed record MassActionResult(Guid DocumentId, StepOutcome? Outcome, Error? Refusal)
{
    public bool Succeeded => Refusal is null;
}
