using Idocs.Documents.Documents;

namespace Idocs.Documents.Templates;

/// <summary>Creates a document from a template: the field values and the new document's own details.</summary>
public sealed record FromTemplateCommand(
    Guid EmployeeId,
    Guid TemplateId,
    IReadOnlyDictionary<string, string?> Values,
    DocumentKind Kind,
    string Number,
    DateOnly Date,
    string? Title,
    Money? Amount,
    Counterparty? Counterparty,
    string? IpAddress);
