using Idocs.Common.Results;
using Idocs.Documents.Signing;

namespace Idocs.Documents.Flow;

/// <summary>
/// Approves or signs many documents in one request. The plan's per-action limit is checked for the
/// whole selection first, so an oversized selection is refused before anything is approved or
/// signed. Then each document runs as its own transaction with its own verified signature, and the
/// result lists every document's outcome or refusal.
/// </summary>
public sealed class MassActions(
    IEmployeeFactsPort employees,
    IPlanLimitPort planLimits,
    ApproveDocument approve,
    SignDocument sign)
{
    public async Task<Result<IReadOnlyList<MassActionResult>>> SignAsync(
        Guid employeeId, IReadOnlyList<MassSignItem> items, string idempotencyKey, string? ipAddress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);

        var allowed = await CheckSelectionAsync(employeeId, items.Select(item => item.DocumentId).Distinct().Count(), cancellationToken);
        if (!allowed.IsSuccess)
        {
            return allowed.Error;
        }

        var results = new List<MassActionResult>(items.Count);
        foreach (var item in items)
        {
            var signed = await sign.SignAsync(
                new SignCommand(item.DocumentId, employeeId, item.FileSha256, item.Cms, $"{idempotencyKey}:{item.DocumentId:N}:{item.FileSha256}", ipAddress),
                cancellationToken);
            results.Add(signed.IsSuccess
                ? new MassActionResult(item.DocumentId, signed.Value, null)
                : new MassActionResult(item.DocumentId, null, signed.Error));
        }

        return results;
    }

    public async Task<Result<IReadOnlyList<MassActionResult>>> ApproveAsync(
        Guid employeeId, IReadOnlyList<Guid> documentIds, string idempotencyKey, string? ipAddress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documentIds);

        var distinct = documentIds.Distinct().ToList();
        var allowed = await CheckSelectionAsync(employeeId, distinct.Count, cancellationToken);
        if (!allowed.IsSuccess)
        {
            return allowed.Error;
        }

        var results = new List<MassActionResult>(distinct.Count);
        foreach (var documentId in distinct)
        {
            var approved = await approve.ApproveAsync(new StepCommand(documentId, employeeId, $"{idempotencyKey}:{documentId:N}", ipAddress), cancellationToken);
            results.Add(approved.IsSuccess
                ? new MassActionResult(documentId, approved.Value, null)
                : new MassActionResult(documentId, null, approved.Error));
        }

        return results;
    }

    private async Task<Result> CheckSelectionAsync(Guid employeeId, int documentCount, CancellationToken cancellationToken)
    {
        if (documentCount == 0)
        {
            return Result.Failure(MassActionErrorCodes.EmptySelection, "Select at least one document.");
        }

        var employee = await employees.FindAsync(employeeId, cancellationToken);
        if (employee is null)
        {
            return Result.Failure(CommonErrorCodes.NotFound, $"Employee {employeeId} was not found or is blocked.");
        }

        var limit = await planLimits.FindMassActionLimitAsync(employee.ProfileId, cancellationToken);
        return limit is { } max && documentCount > max
            ? Result.Failure(
                MassActionErrorCodes.OverPlanLimit,
                $"{documentCount} documents are selected, but the plan allows {max} per action; select fewer or upgrade the plan.")
            : Result.Success();
    }
}
