namespace Idocs.Documents.Templates;

/// <summary>A company's document templates. Every call names the company, and a template of another company reads as missing.</summary>
public interface IDocumentTemplateStore
{
    Task<IReadOnlyList<DocumentTemplate>> ListAsync(Guid companyId, CancellationToken cancellationToken);

    Task<DocumentTemplate?> FindAsync(Guid companyId, Guid templateId, CancellationToken cancellationToken);

    Task AddAsync(DocumentTemplate template, CancellationToken cancellationToken);

    /// <summary>Replaces the template's name, fields, layout and definition, and returns false when the company has no such template.</summary>
    Task<bool> UpdateAsync(DocumentTemplate template, CancellationToken cancellationToken);
}
