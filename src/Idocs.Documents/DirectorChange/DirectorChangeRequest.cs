using Idocs.Common.Ids;
using Idocs.Common.Results;
using Idocs.Documents.Audit;

namespace Idocs.Documents.DirectorChange;

/// <summary>A company's request to change its director, reviewed by platform support.</summary>
public sealed class DirectorChangeRequest
{
    private DirectorChangeRequest(
        Guid id,
        Guid profileId,
        string futureDirectorIin,
        string futureDirectorFullName,
        string? futureDirectorEmail,
        string orderNumber,
        DateOnly orderDate,
        AppointmentOrderFile orderFile,
        AuditActor filedBy,
        DateTimeOffset filedAt)
    {
        Id = id;
        ProfileId = profileId;
        FutureDirectorIin = futureDirectorIin;
        FutureDirectorFullName = futureDirectorFullName;
        FutureDirectorEmail = futureDirectorEmail;
        OrderNumber = orderNumber;
        OrderDate = orderDate;
        OrderFile = orderFile;
        FiledBy = filedBy;
        FiledAt = filedAt;
    }

    public Guid Id { get; }

    public Guid ProfileId { get; }

    public string FutureDirectorIin { get; }

    public string FutureDirectorFullName { get; }

    public string? FutureDirectorEmail { get; }

    public string OrderNumber { get; }

    public DateOnly OrderDate { get; }

    public AppointmentOrderFile OrderFile { get; }

    public AuditActor FiledBy { get; }

    public DateTimeOffset FiledAt { get; }

    public DirectorChangeStatus Status { get; private set; }

    public Guid? ReviewedBySupportAgentId { get; private set; }

    public DateTimeOffset? ReviewedAt { get; private set; }

    public string? ReviewComment { get; private set; }

    public static DirectorChangeRequest File(
        Guid profileId,
        string futureDirectorIin,
        string futureDirectorFullName,
        string? futureDirectorEmail,
        string orderNumber,
        DateOnly orderDate,
        AppointmentOrderFile orderFile,
        AuditActor filedBy,
        DateTimeOffset at,
        TimeProvider clock) =>
        new(IdGenerator.NewId(clock), profileId, futureDirectorIin, futureDirectorFullName, futureDirectorEmail, orderNumber, orderDate, orderFile, filedBy, at);

    public Result Approve(SupportAgent agent, string? comment, DateTimeOffset at) =>
        Review(DirectorChangeStatus.Approved, agent, comment, at);

    public Result Reject(SupportAgent agent, string comment, DateTimeOffset at) =>
        Review(DirectorChangeStatus.Rejected, agent, comment, at);

    private Result Review(DirectorChangeStatus outcome, SupportAgent agent, string? comment, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(agent);
        if (Status != DirectorChangeStatus.Pending)
        {
            return Result.Failure(
                AccountsErrorCodes.DirectorChangeAlreadyReviewed,
                $"The director change request {Id} was already {Status.ToString().ToLowerInvariant()} at {ReviewedAt:O}.");
        }

        Status = outcome;
        ReviewedBySupportAgentId = agent.Id;
        ReviewedAt = at;
        ReviewComment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        return Result.Success();
    }

    /// <summary>Returns a detached copy, as a fresh load from storage would; used by in-memory stores in tests.</summary>
    internal DirectorChangeRequest Copy() => (DirectorChangeRequest)MemberwiseClone();
}
