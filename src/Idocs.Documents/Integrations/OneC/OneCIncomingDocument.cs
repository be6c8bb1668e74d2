namespace Idocs.Documents.Integrations.OneC;

/// <summary>
/// An incoming document in the form the 1C module loads: <see cref="ObjectName"/> is the 1C object
/// to create, and <see cref="Fields"/> are the template's fields by name.
/// </summary>
public sealed record OneCIncomingDocument(
    Guid DocumentId,
    string ObjectName,
    string Number,
    DateOnly Date,
    string Status,
    string? SupplierIdentifier,
    string? SupplierName,
    decimal? Amount,
    string? Currency,
    IReadOnlyDictionary<string, string> Fields);
