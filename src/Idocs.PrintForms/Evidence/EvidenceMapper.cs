using Idocs.Documents.Documents;
using Idocs.Documents.Uploads;
using Idocs.PrintForms.Model;
using Idocs.PrintForms.Verification;
using DocumentPassportEvent = Idocs.Documents.Passport.PassportEvent;
using PassportEventType = Idocs.Documents.Passport.PassportEventType;
using PrintPassportEvent = Idocs.PrintForms.Model.PassportEvent;

namespace Idocs.PrintForms.Evidence;

/// <summary>Maps stored documents, signatures and passport events to the records the renderers print.</summary>
public static class EvidenceMapper
{
    private const string EvidenceTimestampSource = "timestamp";

    public static PrintDocumentInfo DocumentInfo(Document document, DocumentFile file, string ownerName)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(file);

        var parties = new List<string> { ownerName };
        if (document.Counterparty is not null)
        {
            parties.Add($"{document.Counterparty.Name} ({document.Counterparty.Identifier})");
        }

        return new PrintDocumentInfo(
            document.Id,
            document.Title,
            string.IsNullOrWhiteSpace(document.Number) ? null : document.Number,
            document.CreatedAt,
            ownerName,
            file.FileName,
            MediaType(file.ContentType),
            file.Length,
            file.Sha256,
            parties);
    }

    public static PrintSignature Signature(SignatureEvidence evidence, Guid documentId)
    {
        ArgumentNullException.ThrowIfNull(evidence);

        var report = evidence.Report;
        var signer = report.Signer;
        var recorded = evidence.Recorded;
        var timestamped = report.BestSigningTimeSource == EvidenceTimestampSource ? report.BestSigningTime : null;
        return new PrintSignature(
            signer?.CommonName ?? recorded.SignerIin,
            signer?.Iin ?? recorded.SignerIin,
            signer?.Bin ?? recorded.SignerBin,
            signer?.Organization,
            Role: null,
            SignatureFiles.AlgorithmName(evidence.Signature) ?? "CMS",
            signer?.CertificateSerial ?? recorded.CertificateSerial,
            signer?.Issuer ?? "—",
            signer?.NotBefore ?? DateTimeOffset.MinValue,
            signer?.NotAfter ?? DateTimeOffset.MinValue,
            recorded.SignedAt,
            timestamped,
            report.Indication,
            VerificationIds.FromDocumentId(documentId));
    }

    /// <summary>
    /// Maps passport events for the passport PDF. Certificate issuers come from the signatures'
    /// reports, matched by serial number, because the passport stores only the serial.
    /// </summary>
    public static IReadOnlyList<PrintPassportEvent> PassportEvents(
        IReadOnlyList<DocumentPassportEvent> events, IReadOnlyList<SignatureEvidence> signatures)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(signatures);

        var issuers = signatures
            .Where(signature => signature.Report.Signer is not null)
            .GroupBy(signature => signature.Recorded.CertificateSerial, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(group => group.Key, group => group.First().Report.Signer!.Issuer, StringComparer.OrdinalIgnoreCase);

        return events.Select(item => new PrintPassportEvent(
            item.Sequence,
            item.OccurredAt,
            Action(item.Type),
            Action(item.Type) == PassportAction.Other ? item.Type.ToString() : null,
            item.Actor.Name,
            item.Actor.Iin,
            ActorOrganisation: null,
            item.CertificateSerial,
            item.CertificateSerial is not null && issuers.TryGetValue(item.CertificateSerial, out var issuer) ? issuer : null,
            item.Hash)).ToList();
    }

    public static PassportAction Action(PassportEventType type) => type switch
    {
        PassportEventType.Created => PassportAction.Created,
        PassportEventType.Viewed or PassportEventType.ViewedByCounterparty => PassportAction.Viewed,
        PassportEventType.RouteChanged => PassportAction.Edited,
        PassportEventType.Approved => PassportAction.Approved,
        PassportEventType.SignatureAccepted => PassportAction.Signed,
        PassportEventType.Sent => PassportAction.Sent,
        PassportEventType.Delivered => PassportAction.Received,
        PassportEventType.Rejected => PassportAction.Rejected,
        PassportEventType.Revoked => PassportAction.Revoked,
        PassportEventType.Deleted => PassportAction.Deleted,
        PassportEventType.Downloaded => PassportAction.Exported,
        _ => PassportAction.Other,
    };

    public static string MediaType(DetectedContentType type) => type switch
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
