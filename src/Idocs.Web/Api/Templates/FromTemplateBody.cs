namespace Idocs.Web.Api.Templates;

/// <summary>
/// "Create from template": the template, its field values (dates as yyyy-MM-dd, amounts with a dot)
/// and the new document's details. Kind is Internal (the default) or ExternalOutgoing.
/// </summary>
public sealed record FromTemplateBody(
    Guid? TemplateId,
    IReadOnlyDictionary<string, string?>? Values,
    string? Kind,
    string? Number,
    string? Date,
    string? Title,
    decimal? Amount,
    string? Currency,
    string? CounterpartyKind,
    string? CounterpartyIdentifier,
    string? CounterpartyName);
