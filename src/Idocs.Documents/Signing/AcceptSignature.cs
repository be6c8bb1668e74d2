using System.Security.Cryptography;
using System.Text.Json;
using Idocs.Common.Results;
using Idocs.Documents.Documents;
using Idocs.Documents.Passport;
using Idocs.Documents.Routes;
using Idocs.Documents.Statuses;
using Idocs.Documents.Uploads;
using Microsoft.Extensions.Logging;

namespace Idocs.Documents.Signing;

/// <summary>
/// Accepts one of the owner side's signatures: checks status and turn, verifies the CMS over the
/// exact stored bytes, applies the signing gates, and only then records the signature, stores the
/// CMS and writes the passport event. Every refusal returns before anything is written.
/// </summary>
public sealed class AcceptSignature(
    IDocumentStore documents,
    IFileStore files,
    IPassportStore passport,
    IEmployeeFactsPort employees,
    IRouteTurnPort turns,
    ISignatureAcceptancePort verifier,
    TimeProvider clock,
    ILogger<AcceptSignature> logger)
{
    public async Task<Result<RecordedSignature>> AcceptAsync(SignatureSubmission submission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(submission);

        var document = await documents.FindAsync(submission.DocumentId, cancellationToken);
        if (document is null || document.IsDeleted)
        {
            return new Error(CommonErrorCodes.NotFound, $"Document {submission.DocumentId} was not found.");
        }

        if (document.Status != DocumentStatus.OnSigning)
        {
            return new Error(
                DocumentErrorCodes.WrongStatusForAction,
                $"Document {document.Id} is {document.Status}, not on signing; it cannot be signed now.");
        }

        var employee = await employees.FindAsync(submission.EmployeeId, cancellationToken);
        if (employee is null || employee.ProfileId != document.OwnerProfileId)
        {
            return new Error(
                SigningErrorCodes.NotOwnersEmployee,
                $"Employee {submission.EmployeeId} does not act for the owner of document {document.Id}.");
        }

        if (!await turns.IsInTurnAsync(document.Id, employee.EmployeeId, RouteStepKind.Sign, cancellationToken))
        {
            return new Error(
                SigningErrorCodes.OutOfTurn,
                $"The route of document {document.Id} does not wait for employee {employee.EmployeeId}'s signature now.");
        }

        var stored = await ReadStoredFileAsync(document, submission.FileSha256, cancellationToken);
        if (!stored.IsSuccess)
        {
            return stored.Error;
        }

        var report = await verifier.VerifyDetachedAsync(stored.Value, submission.Cms, cancellationToken);
        var gate = SigningGate.Check(document, employee, report);
        if (!gate.IsSuccess)
        {
            logger.LogInformation(
                "Signature on document {DocumentId} rejected with {ErrorCode}, report {ReportReference}",
                document.Id, gate.Error.Code, report.ReportReference);
            return gate.Error;
        }

        var signer = report.Signer!;
        var signature = new RecordedSignature(
            Guid.CreateVersion7(clock.GetUtcNow()),
            SigningParty.Owner,
            employee.EmployeeId,
            signer.Iin,
            signer.Bin,
            signer.SerialNumber,
            report.ReportReference,
            submission.FileSha256,
            Convert.ToHexStringLower(SHA256.HashData(submission.Cms.Span)),
            clock.GetUtcNow());
        var recorded = document.RecordSignature(signature);
        if (!recorded.IsSuccess)
        {
            return recorded.Error;
        }

        // NOTE: the document update, the CMS blob and the passport event belong in one storage transaction.
        // Until storage provides a unit of work they are written in this order, so a concurrency
        // conflict on the document leaves nothing behind.
        var updated = await documents.UpdateAsync(document, cancellationToken);
        if (!updated.IsSuccess)
        {
            return updated.Error;
        }

        await files.PutAsync(signature.SignatureSha256, submission.Cms, cancellationToken);
        var written = await new PassportWriter(passport).WriteAsync(document.Id, SignedEntry(employee, signature, submission.IpAddress), cancellationToken);
        if (!written.IsSuccess)
        {
            return written.Error;
        }

        logger.LogInformation(
            "Signature {SignatureId} accepted on document {DocumentId}, certificate {CertificateSerial}",
            signature.Id, document.Id, signature.CertificateSerial);
        return signature;
    }

    private async Task<Result<byte[]>> ReadStoredFileAsync(Document document, string fileSha256, CancellationToken cancellationToken)
    {
        if (document.Files.All(file => file.Sha256 != fileSha256))
        {
            return new Error(CommonErrorCodes.InvalidInput, $"File {fileSha256} is not a file of document {document.Id}.");
        }

        var bytes = await files.GetAsync(fileSha256, cancellationToken);
        if (bytes is null || Convert.ToHexStringLower(SHA256.HashData(bytes)) != fileSha256)
        {
            return new Error(
                SigningErrorCodes.StoredFileMismatch,
                $"The stored bytes of file {fileSha256} of document {document.Id} are missing or changed; nothing was signed.");
        }

        return bytes;
    }

    private static PassportEntry SignedEntry(EmployeeSigningFacts employee, RecordedSignature signature, string? ipAddress) => new()
    {
        Type = PassportEventType.SignatureAccepted,
        Actor = new ActorSnapshot(employee.EmployeeId, employee.FullName, employee.Iin),
        OccurredAt = signature.SignedAt,
        IpAddress = ipAddress,
        PayloadJson = JsonSerializer.Serialize(new { file = signature.FileSha256, signature = signature.SignatureSha256 }),
        CertificateSerial = signature.CertificateSerial,
        ReportReference = signature.ReportReference,
    };
}
