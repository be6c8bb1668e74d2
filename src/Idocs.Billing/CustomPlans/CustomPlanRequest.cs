using Idocs.Billing.Plans;
using Idocs.Common.Results;

namespace Idocs.Billing.CustomPlans;

/// <summary>
/// A company's request for a Custom plan (Standard plus chosen PRO features). A platform manager
/// approves it with a start date once the agreement is signed, or rejects it.
/// </summary>
public sealed class CustomPlanRequest
{
    private CustomPlanRequest(
        Guid id, Guid companyId, CustomPlanTerms terms, string? storagePackageCode, Guid requestedBy, DateTimeOffset requestedAt)
    {
        Id = id;
        CompanyId = companyId;
        Terms = terms;
        StoragePackageCode = storagePackageCode;
        RequestedBy = requestedBy;
        RequestedAt = requestedAt;
    }

    public Guid Id { get; }

    public Guid CompanyId { get; }

    public CustomPlanTerms Terms { get; }

    /// <summary>The storage package wanted with the plan, or null to keep the current one.</summary>
    public string? StoragePackageCode { get; }

    public Guid RequestedBy { get; }

    public DateTimeOffset RequestedAt { get; }

    public CustomPlanRequestStatus Status { get; private set; }

    public Guid? DecidedBy { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    /// <summary>The local date the approved plan starts on.</summary>
    public DateOnly? StartsOn { get; private set; }

    public string? RejectionReason { get; private set; }

    public static CustomPlanRequest Submit(
        Guid id, Guid companyId, CustomPlanTerms terms, string? storagePackageCode, Guid requestedBy, DateTimeOffset requestedAt)
    {
        ArgumentNullException.ThrowIfNull(terms);
        return new CustomPlanRequest(id, companyId, terms, storagePackageCode, requestedBy, requestedAt);
    }

    /// <summary>Rebuilds a request that storage loaded, with its decision as saved.</summary>
    public static CustomPlanRequest Restore(
        Guid id,
        Guid companyId,
        CustomPlanTerms terms,
        string? storagePackageCode,
        Guid requestedBy,
        DateTimeOffset requestedAt,
        CustomPlanRequestStatus status,
        Guid? decidedBy,
        DateTimeOffset? decidedAt,
        DateOnly? startsOn,
        string? rejectionReason)
    {
        ArgumentNullException.ThrowIfNull(terms);
        return new CustomPlanRequest(id, companyId, terms, storagePackageCode, requestedBy, requestedAt)
        {
            Status = status,
            DecidedBy = decidedBy,
            DecidedAt = decidedAt,
            StartsOn = startsOn,
            RejectionReason = rejectionReason,
        };
    }

    /// <summary>Returns a detached copy, as a fresh load from storage would; used by in-memory stores in tests.</summary>
    internal CustomPlanRequest Copy() =>
        new(Id, CompanyId, Terms, StoragePackageCode, RequestedBy, RequestedAt)
        {
            Status = Status,
            DecidedBy = DecidedBy,
            DecidedAt = DecidedAt,
            StartsOn = StartsOn,
            RejectionReason = RejectionReason,
        };

    public Result Approve(DateOnly startsOn, Guid managerId, DateTimeOffset now)
    {
        var open = RequirePending();
        if (!open.IsSuccess)
        {
            return open;
        }

        Status = CustomPlanRequestStatus.Approved;
        StartsOn = startsOn;
        DecidedBy = managerId;
        DecidedAt = now;
        return Result.Success();
    }

    public Result Reject(string reason, Guid managerId, DateTimeOffset now)
    {
        var open = RequirePending();
        if (!open.IsSuccess)
        {
            return open;
        }

        Status = CustomPlanRequestStatus.Rejected;
        RejectionReason = reason;
        DecidedBy = managerId;
        DecidedAt = now;
        return Result.Success();
    }

    private Result RequirePending() =>
        Status == CustomPlanRequestStatus.Pending
            ? Result.Success()
            : Result.Failure(
                BillingErrorCodes.CustomPlanRequestClosed,
                $"The Custom plan request {Id} is already {Status.ToString().ToLowerInvariant()}; submit a new request to change the plan again.");
}
