using System.Text.Json;
using Idocs.Documents.Templates;
using Idocs.Storage.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Idocs.Storage.Templates;

/// <summary>Document templates in <c>document_templates</c>, always filtered by the company id.</summary>
public sealed class EntityFrameworkDocumentTemplateStore(DbContextOptions<IdocsDbContext> options, TimeProvider clock) : IDocumentTemplateStore
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<IReadOnlyList<DocumentTemplate>> ListAsync(Guid companyId, CancellationToken cancellationToken)
    {
        await using var context = new IdocsDbContext(options);
        var rows = await context.Set<DocumentTemplateRow>().AsNoTracking()
            .Where(row => row.CompanyId == companyId)
            .ToListAsync(cancellationToken);
        return rows.OrderBy(row => row.Name, StringComparer.CurrentCulture).Select(ToTemplate).ToList();
    }

    public async Task<DocumentTemplate?> FindAsync(Guid companyId, Guid templateId, CancellationToken cancellationToken)
    {
        await using var context = new IdocsDbContext(options);
        var row = await context.Set<DocumentTemplateRow>().AsNoTracking()
            .FirstOrDefaultAsync(candidate => candidate.Id == templateId && candidate.CompanyId == companyId, cancellationToken);
        return row is null ? null : ToTemplate(row);
    }

    public async Task AddAsync(DocumentTemplate template, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(template);
        await using var context = new IdocsDbContext(options);
        var row = new DocumentTemplateRow { Id = template.Id, CompanyId = template.CompanyId, Name = template.Name, FieldsJson = "[]", Layout = string.Empty };
        Copy(template, row);
        context.Set<DocumentTemplateRow>().Add(row);
        await context.SaveChangesAsync(cancellationToken);
    }

    public async Task<bool> UpdateAsync(DocumentTemplate template, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(template);
        await using var context = new IdocsDbContext(options);
        var row = await context.Set<DocumentTemplateRow>()
            .FirstOrDefaultAsync(candidate => candidate.Id == template.Id && candidate.CompanyId == template.CompanyId, cancellationToken);
        if (row is null)
        {
            return false;
        }

        Copy(template, row);
        await context.SaveChangesAsync(cancellationToken);
        return true;
    }

    private void Copy(DocumentTemplate template, DocumentTemplateRow row)
    {
        row.Name = template.Name;
        row.FieldsJson = JsonSerializer.Serialize(template.Fields.Select(StoredField.From), Json);
        row.Layout = template.Layout.ToString();
        row.LayoutFile = template.LayoutFile.IsEmpty ? null : template.LayoutFile.ToArray();
        row.DefinitionId = template.DefinitionId;
        row.UpdatedAt = clock.GetUtcNow();
    }

    private static DocumentTemplate ToTemplate(DocumentTemplateRow row) => new()
    {
        Id = row.Id,
        CompanyId = row.CompanyId,
        Name = row.Name,
        Fields = (JsonSerializer.Deserialize<List<StoredField>>(row.FieldsJson, Json) ?? []).Select(field => field.ToField()).ToList(),
        Layout = Enum.Parse<TemplateLayoutKind>(row.Layout),
        LayoutFile = row.LayoutFile ?? ReadOnlyMemory<byte>.Empty,
        DefinitionId = row.DefinitionId,
    };

    /// <summary>The stored JSON shape of a field, kept apart from the domain record so that renaming a property does not break stored rows.</summary>
    private sealed record StoredField(string Name, string Label, string Kind, bool Required, IReadOnlyList<string>? Options)
    {
        public static StoredField From(TemplateField field) => new(field.Name, field.Label, field.Kind.ToString(), field.Required, field.Options);

        public TemplateField ToField() =>
            new(Name, Label, Enum.Parse<TemplateFieldKind>(Kind), Required) { Options = Options ?? [] };
    }
}
