using System.Text.Json;
using Idocs.Documents.UnitOfWork;
using Idocs.Common.Results;
using Idocs.Documents.Documents;
using Idocs.Documents.Passport;
using Idocs.Documents.Signing;
using Idocs.Documents.Uploads;
using Idocs.Workflows.Runtime;

namespace Idocs.Documents.Flow;

/// <summary>
/// Reads a document for an employee of its owner: the author, an employee it was shared with, a
/// participant of its route, or, for an incoming document, any employee of the receiving profile.
/// Downloads write the Downloaded passport event.
/// </summary>
public sealed class ReadDocument(
    DocumentTransactionRunner runner,
    IEmployeeFactsPort employees,
    IFileStore files,
    TimeProvider clock)
{
    public const string CmsContentType = "application/pkcs7-signature";

    public Task<Result<Document>> GetAsync(Guid documentId, Guid employeeId, CancellationToken cancellationToken) =>
        runner.ExecuteAsync<Document>(
            async (transaction, token) =>
            {
                var access = await CheckAccessAsync(transaction, documentId, employeeId, token);
                return access.IsSuccess ? access.Value.Document : access.Error;
            },
            cancellationToken);

    /// <summary>Returns an original file of the document.</summary>
    public Task<Result<DocumentDownload>> DownloadFileAsync(Guid documentId, Guid employeeId, string fileSha256, string? ipAddress, CancellationToken cancellationToken) =>
        runner.ExecuteAsync<DocumentDownload>(
            async (transaction, token) =>
            {
                var access = await CheckAccessAsync(transaction, documentId, employeeId, token);
                if (!access.IsSuccess)
                {
                    return access.Error;
                }

                var (document, employee) = access.Value;
                var file = document.Files.FirstOrDefault(candidate => candidate.Sha256 == fileSha256);
                var bytes = file is null ? null : await files.GetAsync(file.Sha256, token);
                if (file is null || bytes is null)
                {
                    return new Error(CommonErrorCodes.NotFound, $"File {fileSha256} of document {documentId} was not found.");
                }

                var written = await WriteDownloadedAsync(transaction, document, employee, ipAddress, new { file = file.Sha256 }, token);
                return written.IsSuccess ? new DocumentDownload(file.FileName, MediaTypeOf(file.ContentType), bytes) : written.Error;
            },
            cancellationToken);

    /// <summary>Returns a recorded signature's CMS, as a detached <c>.p7s</c> file.</summary>
    public Task<Result<DocumentDownload>> DownloadSignatureAsync(Guid documentId, Guid employeeId, Guid signatureId, string? ipAddress, CancellationToken cancellationToken) =>
        runner.ExecuteAsync<DocumentDownload>(
            async (transaction, token) =>
            {
                var access = await CheckAccessAsync(transaction, documentId, employeeId, token);
                if (!access.IsSuccess)
                {
                    return access.Error;
                }

                var (document, employee) = access.Value;
                var signature = document.Signatures.FirstOrDefault(candidate => candidate.Id == signatureId);
                var bytes = signature is null ? null : await files.GetAsync(signature.SignatureSha256, token);
                if (signature is null || bytes is null)
                {
                    return new Error(CommonErrorCodes.NotFound, $"Signature {signatureId} of document {documentId} was not found.");
                }

                var written = await WriteDownloadedAsync(transaction, document, employee, ipAddress, new { signature = signature.Id }, token);
                return written.IsSuccess ? new DocumentDownload($"{signature.Id:N}.p7s", CmsContentType, bytes) : written.Error;
            },
            cancellationToken);

    private async Task<Result<(Document Document, EmployeeSigningFacts Employee)>> CheckAccessAsync(
        IDocumentUnitOfWork transaction, Guid documentId, Guid employeeId, CancellationToken cancellationToken)
    {
        var notFound = new Error(CommonErrorCodes.NotFound, $"Document {documentId} was not found.");
        var employee = await employees.FindAsync(employeeId, cancellationToken);
        var document = employee is null ? null : await transaction.Documents.FindAsync(documentId, cancellationToken);
        if (employee is null || document is null || document.IsDeleted || document.OwnerProfileId != employee.ProfileId)
        {
            return notFound;
        }

        if (document.Kind == DocumentKind.ExternalIncoming || document.CanView(employee.EmployeeId))
        {
            return (document, employee);
        }

        var instanceId = DocumentRouteLink.FindInstanceId(await transaction.Passport.ListAsync(documentId, cancellationToken));
        var instance = instanceId is { } id ? await transaction.Workflow.FindInstanceAsync(id, cancellationToken) : null;
        var actor = RouteActors.For(employee);
        var participates = instance is not null && instance.Bookmarks.Any(bookmark =>
            bookmark.Kind is BookmarkKinds.Approval or BookmarkKinds.Signature && bookmark.Gate.Admits(actor));
        return participates ? (document, employee) : notFound;
    }

    private Task<Result> WriteDownloadedAsync(
        IDocumentUnitOfWork transaction, Document document, EmployeeSigningFacts employee, string? ipAddress, object payload, CancellationToken cancellationToken) =>
        FlowPassport.WriteAsync(
            transaction, document.Id, PassportEventType.Downloaded, new ActorSnapshot(employee.EmployeeId, employee.FullName, employee.Iin),
            clock.GetUtcNow(), ipAddress, JsonSerializer.Serialize(payload), cancellationToken);

    private static string MediaTypeOf(DetectedContentType type) => type switch
    {
        DetectedContentType.Pdf => "application/pdf",
        DetectedContentType.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        DetectedContentType.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        DetectedContentType.Odt => "application/vnd.oasis.opendocument.text",
        DetectedContentType.Rtf => "application/rtf",
        DetectedContentType.Xml => "application/xml",
        DetectedContentType.Png => "image/png",
        DetectedContentType.Jpeg => "image/jpeg",
        DetectedContentType.Tiff => "image/tiff",
        DetectedContentType.Zip => "application/zip",
        _ => "application/octet-stream",
    };
}
