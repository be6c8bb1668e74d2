using Idocs.Documents.Flow;

namespace Idocs.Web.Api.Documents.Contracts;

/// <summary>The document's status after an action; <c>Replayed</c> is true for a repeated request with the same Idempotency-Key.</summary>
public sealed record StepResponse(Guid DocumentId, string Status, bool Replayed, Guid? SignatureId)
{
    public static StepResponse From(StepOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return new StepResponse(outcome.DocumentId, outcome.Status.ToString(), outcome.Replayed, outcome.SignatureId);
    }
}
