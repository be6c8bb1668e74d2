using Idocs.Documents.UnitOfWork;
using Idocs.Workflows.Runtime;

namespace Idocs.Documents.Flow;

/// <summary>Returns the stored outcome of an action repeated with the same idempotency key.</summary>
internal static class StepReplay
{
    public static async Task<StepOutcome?> FindAsync(
        IDocumentUnitOfWork transaction, Actor actor, string idempotencyKey, Guid documentId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(idempotencyKey))
        {
            return null;
        }

        var record = await transaction.Workflow.FindIdempotencyRecordAsync(actor.UserId, idempotencyKey, cancellationToken);
        if (record is null)
        {
            return null;
        }

        // A key used on another document's route is not a replay; the resumer then reports the reuse.
        var instanceId = DocumentRouteLink.FindInstanceId(await transaction.Passport.ListAsync(documentId, cancellationToken));
        if (record.Outcome.InstanceId != instanceId)
        {
            return null;
        }

        var document = await transaction.Documents.FindAsync(documentId, cancellationToken);
        return document is null ? null : new StepOutcome(documentId, document.Status, Replayed: true);
    }
}
