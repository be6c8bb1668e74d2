using Idocs.Documents.UnitOfWork;
using Idocs.Common.Results;
using Idocs.Documents.Passport;

namespace Idocs.Documents.Flow;

/// <summary>Writes passport events through the transaction's passport store.</summary>
internal static class FlowPassport
{
    public static async Task<Result> WriteAsync(
        IDocumentUnitOfWork transaction,
        Guid documentId,
        PassportEventType type,
        ActorSnapshot actor,
        DateTimeOffset occurredAt,
        string? ipAddress,
        string payloadJson,
        CancellationToken cancellationToken,
        string? certificateSerial = null,
        string? reportReference = null)
    {
        var entry = new PassportEntry
        {
            Type = type,
            Actor = actor,
            OccurredAt = occurredAt,
            IpAddress = ipAddress,
            PayloadJson = payloadJson,
            CertificateSerial = certificateSerial,
            ReportReference = reportReference,
        };
        var written = await new PassportWriter(transaction.Passport).WriteAsync(documentId, entry, cancellationToken);
        return written.IsSuccess ? Result.Success() : written.Error;
    }
}
