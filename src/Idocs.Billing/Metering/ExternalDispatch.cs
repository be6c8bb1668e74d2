namespace Idocs.Billing.Metering;

/// <summary>A document or package that left the platform for a counterparty.</summary>
/// <param name="CompanyId">The sending company.</param>
/// <param name="DocumentId">The document or package id; a retry passes the same id.</param>
/// <param name="FileIds">The files sent: one per billable unit.</param>
/// <param name="SentAt">When it was sent.</param>
public sealed record ExternalDispatch(Guid CompanyId, Guid DocumentId, IReadOnlyList<Guid> FileIds, DateTimeOffset SentAt)
{
    /// <summary>Describes a single document sent: one unit keyed by the document id.</summary>
    public static ExternalDispatch OfDocument(Guid companyId, Guid documentId, DateTimeOffset sentAt) =>
        new(companyId, documentId, [documentId], sentAt);

    /// <summary>Describes a package sent: one unit per file.</summary>
    public static ExternalDispatch OfPackage(Guid companyId, Guid packageId, IReadOnlyList<Guid> fileIds, DateTimeOffset sentAt) =>
        new(companyId, packageId, fileIds, sentAt);
}
