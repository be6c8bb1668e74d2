using Idocs.Documents.Documents;
using Idocs.Documents.Uploads;

namespace Idocs.Documents.Flow;

/// <summary>
/// An uploaded document: its details and the files as the client sent them. The owner and author
/// come from the signed-in employee, never from the request.
/// </summary>
public sealed record CreateDocumentCommand(
    Guid EmployeeId,
    DocumentKind Kind,
    string Number,
    DateOnly Date,
    string Title,
    IReadOnlyList<IncomingFile> Files,
    Money? Amount,
    IReadOnlyList<Counterparty> Counterparties,
    Guid? FolderId,
    IReadOnlyDictionary<string, string> FreeFields,
    string? IpAddress);
