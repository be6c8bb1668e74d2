using Idocs.Common.Results;
using Idocs.Documents.Signing;

namespace Idocs.Documents.Templates;

/// <summary>
/// Lists, reads, creates and edits the templates of the caller's company. The API lets only people
/// with the right "manage templates and routes" create and edit; every employee may list and read.
/// </summary>
public sealed class DocumentTemplates(IDocumentTemplateStore store, IEmployeeFactsPort employees, ITemplateRenderer renderer, TimeProvider clock)
{
    public async Task<Result<IReadOnlyList<DocumentTemplate>>> ListAsync(Guid employeeId, CancellationToken cancellationToken)
    {
        var employee = await employees.FindAsync(employeeId, cancellationToken);
        return employee is null
            ? Result<IReadOnlyList<DocumentTemplate>>.Failure(CommonErrorCodes.NotFound, $"Employee {employeeId} was not found or is blocked.")
            : Result<IReadOnlyList<DocumentTemplate>>.Success(await store.ListAsync(employee.ProfileId, cancellationToken));
    }

    public async Task<Result<DocumentTemplate>> FindAsync(Guid employeeId, Guid templateId, CancellationToken cancellationToken)
    {
        var employee = await employees.FindAsync(employeeId, cancellationToken);
        if (employee is null)
        {
            return new Error(CommonErrorCodes.NotFound, $"Employee {employeeId} was not found or is blocked.");
        }

        var template = await store.FindAsync(employee.ProfileId, templateId, cancellationToken);
        return template is null ? NotFound(templateId) : template;
    }

    /// <summary>Stores a new template in the caller's company under a new id.</summary>
    public async Task<Result<DocumentTemplate>> CreateAsync(Guid employeeId, DocumentTemplate template, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(template);
        var employee = await employees.FindAsync(employeeId, cancellationToken);
        if (employee is null)
        {
            return new Error(CommonErrorCodes.NotFound, $"Employee {employeeId} was not found or is blocked.");
        }

        var stored = template with { Id = Guid.CreateVersion7(clock.GetUtcNow()), CompanyId = employee.ProfileId };
        var valid = Check(stored);
        if (!valid.IsSuccess)
        {
            return valid.Error;
        }

        await store.AddAsync(stored, cancellationToken);
        return stored;
    }

    /// <summary>Replaces the name, fields and layout of one of the caller's company's templates.</summary>
    public async Task<Result<DocumentTemplate>> UpdateAsync(Guid employeeId, Guid templateId, DocumentTemplate template, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(template);
        var employee = await employees.FindAsync(employeeId, cancellationToken);
        if (employee is null)
        {
            return new Error(CommonErrorCodes.NotFound, $"Employee {employeeId} was not found or is blocked.");
        }

        var stored = template with { Id = templateId, CompanyId = employee.ProfileId };
        var valid = Check(stored);
        if (!valid.IsSuccess)
        {
            return valid.Error;
        }

        return await store.UpdateAsync(stored, cancellationToken) ? stored : NotFound(templateId);
    }

    /// <summary>The rules, then a trial render with empty texts, which finds an unreadable DOCX or a placeholder without a field.</summary>
    private Result Check(DocumentTemplate template)
    {
        var rules = TemplateRules.Check(template);
        if (!rules.IsSuccess)
        {
            return rules;
        }

        var trial = renderer.Render(template, template.Fields.ToDictionary(field => field.Name, _ => string.Empty, StringComparer.Ordinal));
        return trial.IsSuccess ? Result.Success() : Result.Failure(trial.Error!);
    }

    private static Error NotFound(Guid templateId) =>
        new(TemplateErrorCodes.TemplateNotFound, $"Template {templateId} was not found; list the templates to find its id.");
}
