using Idocs.Documents.Uploads;

namespace Idocs.Documents.Deletion;

/// <summary>An author's or editor's request to delete a document the counterparty signed, with the reason and one supporting file.</summary>
public sealed record FileDeletionRequestCommand(Guid DocumentId, Guid EmployeeId, string? Reason, IReadOnlyList<IncomingFile> SupportingFiles, string? IpAddress);
