using Idocs.Common.Results;
using Idocs.Documents.Audit;
using Idocs.Documents.Tenancy;
using Microsoft.Extensions.Logging;

namespace Idocs.Documents.DirectorChange;

/// <summary>Support rejects a director change request with a comment that explains to the company what to fix.</summary>
public sealed partial class RejectDirectorChange(
    IDirectorChangeRequestStore requests,
    AuditRecorder audit,
    ITenantContext tenant,
    TimeProvider clock,
    ILogger<RejectDirectorChange> logger)
{
    public const int MaxCommentLength = 2000;

    public async Task<Result<DirectorChangeRequest>> RunAsync(SupportAgent agent, Guid requestId, string? comment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(agent);
        if (string.IsNullOrWhiteSpace(comment) || comment.Length > MaxCommentLength)
        {
            return new Error(
                AccountsErrorCodes.ReviewCommentRequired,
                $"A rejection needs a comment of 1 to {MaxCommentLength} characters that tells the company what to fix.");
        }

        var request = await requests.FindForSupportAsync(requestId, cancellationToken).ConfigureAwait(false);
        if (request is null)
        {
            return new Error(CommonErrorCodes.NotFound, $"The director change request {requestId} was not found.");
        }

        using var scope = tenant.EnterProfile(request.ProfileId);
        var rejected = request.Reject(agent, comment, clock.GetUtcNow());
        if (!rejected.IsSuccess)
        {
            return rejected.Error;
        }

        if (!await requests.TrySaveAsync(request, cancellationToken).ConfigureAwait(false))
        {
            return new Error(CommonErrorCodes.ConcurrencyConflict, $"The request {requestId} changed during the review; reload it.");
        }

        await audit.RecordAsync(
            AuditEventType.DirectorChangeRejected,
            new AuditActor(AuditActorKind.PlatformSupport, agent.Id, agent.Name, null),
            request.Id,
            new DirectorChangeAuditPayload(request.Id, request.FutureDirectorIin, request.FutureDirectorFullName, null, request.ReviewComment),
            cancellationToken).ConfigureAwait(false);
        LogRejected(logger, request.Id, request.ProfileId, agent.Id);
        return request;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Support agent {SupportAgentId} rejected director change request {DirectorChangeRequestId} for profile {ProfileId}")]
    private static partial void LogRejected(ILogger logger, Guid directorChangeRequestId, Guid profileId, Guid supportAgentId);
}
