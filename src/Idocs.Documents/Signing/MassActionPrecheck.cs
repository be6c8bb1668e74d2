using Idocs.Common.Results;
using Idocs.Documents.Documents;
using Idocs.Documents.Routes;
using Idocs.Documents.Statuses;

namespace Idocs.Documents.Signing;

/// <summary>
/// Checks a mass approve or sign before anything happens: first the plan limit for the whole
/// selection, then per document the status, the employee's turn and, for signing, the certificate
/// and rights rules against the certificate the browser offered. Billing passes the limit in; this
/// class does not know plans.
/// </summary>
public sealed class MassActionPrecheck(IRouteTurnPort turns)
{
    /// <summary>
    /// Returns one item per document in selection order, or an error for the whole selection.
    /// <paramref name="planLimit"/> is the number of documents allowed per action (null for
    /// unlimited); <paramref name="certificate"/> is required for <see cref="MassAction.Sign"/>.
    /// </summary>
    public async Task<Result<IReadOnlyList<MassActionItem>>> CheckAsync(
        MassAction action,
        IReadOnlyList<Document> documents,
        EmployeeSigningFacts employee,
        SignerFacts? certificate,
        int? planLimit,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(employee);

        if (documents.Count == 0)
        {
            return new Error(MassActionErrorCodes.EmptySelection, "Select at least one document.");
        }

        if (planLimit is not null && documents.Count > planLimit)
        {
            return new Error(
                MassActionErrorCodes.OverPlanLimit,
                $"{documents.Count} documents are selected, but the plan allows {planLimit} per action; select fewer or upgrade the plan.");
        }

        if (action == MassAction.Sign && certificate is null)
        {
            return new Error(CommonErrorCodes.InvalidInput, "Choose the signing certificate before a mass signature.");
        }

        var items = new List<MassActionItem>(documents.Count);
        foreach (var document in documents)
        {
            var refusal = await CheckDocumentAsync(action, document, employee, certificate, cancellationToken);
            items.Add(new MassActionItem(document.Id, refusal));
        }

        return items;
    }

    private async Task<Error?> CheckDocumentAsync(
        MassAction action, Document document, EmployeeSigningFacts employee, SignerFacts? certificate, CancellationToken cancellationToken)
    {
        if (document.IsDeleted || document.OwnerProfileId != employee.ProfileId)
        {
            return new Error(MassActionErrorCodes.DocumentNotAvailable, $"Document {document.Id} is not available to employee {employee.EmployeeId}.");
        }

        var (expectedStatus, step) = action == MassAction.Sign
            ? (DocumentStatus.OnSigning, RouteStepKind.Sign)
            : (DocumentStatus.OnApproval, RouteStepKind.Approve);
        if (document.Status != expectedStatus)
        {
            return new Error(
                DocumentErrorCodes.WrongStatusForAction,
                $"Document {document.Id} is {document.Status}; {action} needs {expectedStatus}.");
        }

        if (!await turns.IsInTurnAsync(document.Id, employee.EmployeeId, step, cancellationToken))
        {
            return new Error(SigningErrorCodes.OutOfTurn, $"The route of document {document.Id} does not wait for this employee to {action}.");
        }

        if (action == MassAction.Sign)
        {
            var gate = SigningGate.CheckCertificate(document, employee, certificate!);
            return gate.IsSuccess ? null : gate.Error;
        }

        return null;
    }
}
