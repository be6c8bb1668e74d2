using Idocs.Documents.Documents;
using Idocs.Documents.Uploads;

namespace Idocs.Documents.Packages;

/// <summary>Several files uploaded together with the fields their documents share.</summary>
public sealed record CreatePackageCommand(
    Guid EmployeeId,
    DocumentKind Kind,
    string Number,
    DateOnly Date,
    string Title,
    IReadOnlyList<Counterparty> Counterparties,
    Guid? FolderId,
    IReadOnlyList<IncomingFile> Files,
    string? IpAddress);
