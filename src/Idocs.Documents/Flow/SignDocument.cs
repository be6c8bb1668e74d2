using System.Security.Cryptography;
using System.Text.Json;
using Idocs.Documents.UnitOfWork;
using Idocs.Common.Results;
using Idocs.Documents.Documents;
using Idocs.Documents.Passport;
using Idocs.Documents.Signing;
using Idocs.Documents.Statuses;
using Idocs.Documents.Uploads;
using Idocs.Workflows.Activities.Builtin;
using Idocs.Workflows.Runtime;
using Microsoft.Extensions.Logging;

namespace Idocs.Documents.Flow;

/// <summary>
/// Accepts an employee's signature at the signing step that waits for them, in one transaction:
/// the signature is verified over the exact stored bytes, the signing gates check the certificate
/// against the employee and the document, and only then the signature is recorded, the route
/// resumed (dispatching an outgoing document after the last signature) and the passport written.
/// A refused signature leaves the document, the route and the passport unchanged.
/// </summary>
public sealed class SignDocument(
    DocumentTransactionRunner runner,
    IEmployeeFactsPort employees,
    IFileStore files,
    ISignatureAcceptancePort verifier,
    WorkflowResumer resumer,
    RouteProgress progress,
    TimeProvider clock,
    ILogger<SignDocument> logger)
{
    public async Task<Result<StepOutcome>> SignAsync(SignCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);

        var employee = await employees.FindAsync(command.EmployeeId, cancellationToken);
        if (employee is null)
        {
            return new Error(CommonErrorCodes.NotFound, $"Employee {command.EmployeeId} was not found or is blocked.");
        }

        if (command.Cms.IsEmpty)
        {
            return new Error(CommonErrorCodes.InvalidInput, "The signature is empty; send the CMS that NCALayer returned.");
        }

        var signed = await runner.ExecuteAsync((transaction, token) => SignInAsync(transaction, command, employee, token), cancellationToken);
        if (!signed.IsSuccess)
        {
            logger.LogInformation(
                "Signature of employee {EmployeeId} on document {DocumentId} rejected with {ErrorCode}",
                command.EmployeeId, command.DocumentId, signed.Error.Code);
        }

        return signed;
    }

    private async Task<Result<StepOutcome>> SignInAsync(
        IDocumentUnitOfWork transaction, SignCommand command, EmployeeSigningFacts employee, CancellationToken cancellationToken)
    {
        var actor = RouteActors.For(employee);
        var replayed = await StepReplay.FindAsync(transaction, actor, command.IdempotencyKey, command.DocumentId, cancellationToken);
        if (replayed is not null)
        {
            return replayed;
        }

        var loaded = await LoadedRoute.LoadAsync(transaction, command.DocumentId, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error;
        }

        var (instance, document) = loaded.Value;
        var allowed = CheckDocument(document, employee, command.FileSha256);
        if (!allowed.IsSuccess)
        {
            return allowed.Error;
        }

        var bookmark = RouteTurns.FindFor(instance, actor, BookmarkKinds.Signature);
        if (bookmark is null)
        {
            return new Error(
                SigningErrorCodes.OutOfTurn,
                $"The route of document {document.Id} ({document.Status}) does not wait for employee {employee.EmployeeId}'s signature now.");
        }

        var signature = await VerifyAsync(document, employee, command, cancellationToken);
        if (!signature.IsSuccess)
        {
            return signature.Error;
        }

        var recorded = document.RecordSignature(signature.Value);
        if (!recorded.IsSuccess)
        {
            return recorded.Error;
        }

        // Every file of the document carries the signer's signature before the step counts as signed.
        var allFilesSigned = document.Files.All(file => document.Signatures.Any(existing =>
            existing.Party == SigningParty.Owner && existing.SignerIin == employee.Iin && existing.FileSha256 == file.Sha256));
        if (allFilesSigned)
        {
            var resumed = await resumer.ResumeInAsync(
                transaction.Workflow, new ResumeRequest(bookmark.Id, actor, SignActivity.Signed, command.IdempotencyKey), cancellationToken);
            if (!resumed.IsSuccess)
            {
                return resumed.Error;
            }
        }

        await files.PutAsync(signature.Value.SignatureSha256, command.Cms, cancellationToken);
        var actorSnapshot = new ActorSnapshot(employee.EmployeeId, employee.FullName, employee.Iin);
        var written = await FlowPassport.WriteAsync(
            transaction, document.Id, PassportEventType.SignatureAccepted, actorSnapshot, signature.Value.SignedAt, command.IpAddress,
            JsonSerializer.Serialize(new { party = "owner", file = signature.Value.FileSha256, signature = signature.Value.SignatureSha256 }),
            cancellationToken, signature.Value.CertificateSerial, signature.Value.ReportReference);
        if (!written.IsSuccess)
        {
            return written.Error;
        }

        var advanced = await progress.AdvanceAsync(transaction, document, instance, actorSnapshot, command.IpAddress, cancellationToken);
        if (!advanced.IsSuccess)
        {
            return advanced.Error;
        }

        var status = document.Status;
        var updated = await transaction.Documents.UpdateAsync(document, cancellationToken);
        return updated.IsSuccess ? new StepOutcome(document.Id, status, Replayed: false, signature.Value.Id) : updated.Error;
    }

    private static Result CheckDocument(Document document, EmployeeSigningFacts employee, string fileSha256)
    {
        if (document.OwnerProfileId != employee.ProfileId)
        {
            return Result.Failure(SigningErrorCodes.NotOwnersEmployee, $"Employee {employee.EmployeeId} does not act for the owner of document {document.Id}.");
        }

        if (document.Files.All(file => file.Sha256 != fileSha256))
        {
            return Result.Failure(CommonErrorCodes.InvalidInput, $"File {fileSha256} is not a file of document {document.Id}; sign one of its files.");
        }

        var already = document.Signatures.Any(existing =>
            existing.Party == SigningParty.Owner && existing.EmployeeId == employee.EmployeeId && existing.FileSha256 == fileSha256);
        if (already)
        {
            return Result.Failure(DocumentErrorCodes.AlreadySigned, $"Employee {employee.EmployeeId} already signed file {fileSha256} of document {document.Id}.");
        }

        return document.Status == DocumentStatus.OnSigning
            ? Result.Success()
            : Result.Failure(DocumentErrorCodes.WrongStatusForAction, $"Document {document.Id} is {document.Status}, not on signing; it cannot be signed now.");
    }

    private async Task<Result<RecordedSignature>> VerifyAsync(
        Document document, EmployeeSigningFacts employee, SignCommand command, CancellationToken cancellationToken)
    {
        var stored = await files.GetAsync(command.FileSha256, cancellationToken);
        if (stored is null || Convert.ToHexStringLower(SHA256.HashData(stored)) != command.FileSha256)
        {
            return new Error(
                SigningErrorCodes.StoredFileMismatch,
                $"The stored bytes of file {command.FileSha256} of document {document.Id} are missing or changed; nothing was signed.");
        }

        var report = await verifier.VerifyDetachedAsync(stored, command.Cms, cancellationToken);
        var gate = SigningGate.Check(document, employee, report);
        if (!gate.IsSuccess)
        {
            return gate.Error;
        }

        var signer = report.Signer!;
        var now = clock.GetUtcNow();
        return new RecordedSignature(
            Guid.CreateVersion7(now),
            SigningParty.Owner,
            employee.EmployeeId,
            signer.Iin,
            signer.Bin,
            signer.SerialNumber,
            report.ReportReference,
            command.FileSha256,
            Convert.ToHexStringLower(SHA256.HashData(command.Cms.Span)),
            now);
    }
}
