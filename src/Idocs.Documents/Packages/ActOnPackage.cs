using Idocs.Common.Results;
using Idocs.Documents.Documents;
using Idocs.Documents.Flow;
using Idocs.Documents.Routes;
using Idocs.Documents.Statuses;

namespace Idocs.Documents.Packages;

/// <summary>
/// Starts the route of, approves or signs every document of a package in one action. Every
/// document is checked first (the employee may view it, its status fits the action, a signature is
/// given for each), and a failed check refuses the whole action before any document changes.
/// Then each document runs as its own transaction, and the result lists every document.
/// </summary>
/// <remarks>
/// NOTE: after the check, a document that a concurrent action changes can still be refused on its
/// own while the others go ahead; its result says so.
/// </remarks>
public sealed class ActOnPackage(ReadPackage packages, StartRoute startRoute, ApproveDocument approve, SignDocument sign)
{
    public async Task<Result<IReadOnlyList<PackageActionResult>>> StartRouteAsync(
        Guid packageId, Guid employeeId, IReadOnlyList<RouteStage>? stages, string? templateId, string? ipAddress, CancellationToken cancellationToken)
    {
        var documents = await CheckAsync(packageId, employeeId, [DocumentStatus.Draft, DocumentStatus.Rejected], cancellationToken);
        if (!documents.IsSuccess)
        {
            return documents.Error;
        }

        var results = new List<PackageActionResult>(documents.Value.Count);
        foreach (var document in documents.Value)
        {
            var started = await startRoute.StartAsync(new StartRouteCommand(document.Id, employeeId, stages, templateId, ipAddress), cancellationToken);
            results.Add(started.IsSuccess
                ? new PackageActionResult(document.Id, started.Value.Status, null)
                : new PackageActionResult(document.Id, null, started.Error));
        }

        return results;
    }

    public async Task<Result<IReadOnlyList<PackageActionResult>>> ApproveAsync(
        Guid packageId, Guid employeeId, string idempotencyKey, string? ipAddress, CancellationToken cancellationToken)
    {
        var documents = await CheckAsync(packageId, employeeId, [DocumentStatus.OnApproval], cancellationToken);
        if (!documents.IsSuccess)
        {
            return documents.Error;
        }

        var results = new List<PackageActionResult>(documents.Value.Count);
        foreach (var document in documents.Value)
        {
            var approved = await approve.ApproveAsync(new StepCommand(document.Id, employeeId, $"{idempotencyKey}:{document.Id:N}", ipAddress), cancellationToken);
            results.Add(ResultOf(document.Id, approved));
        }

        return results;
    }

    public async Task<Result<IReadOnlyList<PackageActionResult>>> SignAsync(
        Guid packageId, Guid employeeId, IReadOnlyList<PackageSignature> signatures, string idempotencyKey, string? ipAddress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(signatures);

        var documents = await CheckAsync(packageId, employeeId, [DocumentStatus.OnSigning], cancellationToken);
        if (!documents.IsSuccess)
        {
            return documents.Error;
        }

        var unsigned = documents.Value.FirstOrDefault(document => !signatures.Any(signature => signature.DocumentId == document.Id));
        if (unsigned is not null)
        {
            return new Error(
                PackageErrorCodes.DocumentRefused,
                $"No signature was given for document {unsigned.Id} ('{unsigned.Title}'), so no document of the package was signed; sign every document of the package.");
        }

        var stranger = signatures.FirstOrDefault(signature => documents.Value.All(document => document.Id != signature.DocumentId));
        if (stranger is not null)
        {
            return new Error(CommonErrorCodes.InvalidInput, $"Document {stranger.DocumentId} is not in package {packageId}; send signatures of the package's documents only.");
        }

        var results = new List<PackageActionResult>(signatures.Count);
        foreach (var signature in signatures)
        {
            var signed = await sign.SignAsync(
                new SignCommand(
                    signature.DocumentId, employeeId, signature.FileSha256, signature.Cms, $"{idempotencyKey}:{signature.DocumentId:N}:{signature.FileSha256}", ipAddress),
                cancellationToken);
            results.Add(ResultOf(signature.DocumentId, signed));
        }

        return results;
    }

    private static PackageActionResult ResultOf(Guid documentId, Result<StepOutcome> outcome) => outcome.IsSuccess
        ? new PackageActionResult(documentId, outcome.Value.Status, null)
        : new PackageActionResult(documentId, null, outcome.Error);

    private async Task<Result<IReadOnlyList<Document>>> CheckAsync(
        Guid packageId, Guid employeeId, IReadOnlyList<DocumentStatus> fitting, CancellationToken cancellationToken)
    {
        var package = await packages.GetAsync(packageId, employeeId, cancellationToken);
        if (!package.IsSuccess)
        {
            return package.Error;
        }

        if (package.Value.Documents.Count != package.Value.Package.DocumentIds.Count)
        {
            return new Error(
                PackageErrorCodes.DocumentRefused,
                $"Some documents of package {packageId} are deleted or hidden from you, so the package cannot be acted on as one; act on its documents one by one.");
        }

        var unfit = package.Value.Documents.FirstOrDefault(document => !fitting.Contains(document.Status));
        return unfit is null
            ? Result<IReadOnlyList<Document>>.Success(package.Value.Documents)
            : new Error(
                PackageErrorCodes.DocumentRefused,
                $"Document {unfit.Id} ('{unfit.Title}') is {unfit.Status}, so no document of the package changed; the action needs {string.Join(" or ", fitting)}.");
    }
}
