using System.Text.Json;
using Idocs.Common.Results;
using Idocs.Documents.DirectorChange;
using Idocs.Documents.Documents;
using Idocs.Documents.Flow;
using Idocs.Documents.Passport;
using Idocs.Documents.Tenancy;
using Microsoft.Extensions.Logging;

namespace Idocs.Documents.Deletion;

/// <summary>
/// Platform support's decision on a deletion request. Approving deletes the document and writes the
/// Deleted passport event with the agent as actor, in the same transaction as the decision.
/// Rejecting keeps the document and records the comment for the requester.
/// </summary>
public sealed class DecideDeletionRequest(
    DocumentTransactionRunner runner,
    IDeletionRequestStore requests,
    ITenantContext tenant,
    TimeProvider clock,
    ILogger<DecideDeletionRequest> logger)
{
    public Task<Result<DeletionRequest>> ApproveAsync(SupportAgent agent, Guid requestId, string? comment, CancellationToken cancellationToken) =>
        DecideAsync(agent, requestId, approve: true, comment, cancellationToken);

    public Task<Result<DeletionRequest>> RejectAsync(SupportAgent agent, Guid requestId, string? comment, CancellationToken cancellationToken) =>
        DecideAsync(agent, requestId, approve: false, comment, cancellationToken);

    private async Task<Result<DeletionRequest>> DecideAsync(
        SupportAgent agent, Guid requestId, bool approve, string? comment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(agent);

        var owner = await requests.FindOwnerForSupportAsync(requestId, cancellationToken);
        if (owner is null)
        {
            return new Error(CommonErrorCodes.NotFound, $"Deletion request {requestId} was not found.");
        }

        // Support has no profile of its own; the decision is written in the name of the document's owner.
        Result<DeletionRequest> decided;
        using (tenant.EnterProfile(owner.Value))
        {
            decided = await runner.ExecuteAsync<DeletionRequest>(
                async (transaction, token) =>
                {
                    var request = await requests.FindAsync(transaction, requestId, token);
                    var document = request is null ? null : await transaction.LockDocumentAsync(request.DocumentId, token);
                    if (request is null || document is null)
                    {
                        return new Error(CommonErrorCodes.NotFound, $"Deletion request {requestId} or its document was not found.");
                    }

                    var now = clock.GetUtcNow();
                    if (!approve)
                    {
                        var rejected = request.Reject(agent.Id, comment, now);
                        return rejected.IsSuccess ? await UpdateAsync(transaction, request, token) : rejected.Error;
                    }

                    var approved = request.Approve(document, agent.Id, comment, now);
                    if (!approved.IsSuccess)
                    {
                        return approved.Error;
                    }

                    var written = await FlowPassport.WriteAsync(
                        transaction, document.Id, PassportEventType.Deleted, new ActorSnapshot(null, agent.Name, null), now, null,
                        JsonSerializer.Serialize(new { deletionRequest = request.Id, comment = request.SupportComment }), token);
                    if (!written.IsSuccess)
                    {
                        return written.Error;
                    }

                    var updated = await transaction.Documents.UpdateAsync(document, token);
                    return updated.IsSuccess ? await UpdateAsync(transaction, request, token) : updated.Error;
                },
                cancellationToken);
        }

        if (decided.IsSuccess)
        {
            logger.LogInformation(
                "Support agent {SupportAgentId} decided deletion request {DeletionRequestId}: {DeletionRequestStatus}",
                agent.Id, requestId, decided.Value.Status);
        }

        return decided;
    }

    private async Task<Result<DeletionRequest>> UpdateAsync(
        UnitOfWork.IDocumentUnitOfWork transaction, DeletionRequest request, CancellationToken cancellationToken)
    {
        var updated = await requests.UpdateAsync(transaction, request, cancellationToken);
        return updated.IsSuccess ? request : updated.Error;
    }
}
