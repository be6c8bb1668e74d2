using System.Globalization;
using Idocs.Common.Results;
using Idocs.Documents.Documents;
using Idocs.Documents.Flow;
using Idocs.Documents.Uploads;

namespace Idocs.Documents.Templates;

/// <summary>
/// "Create from template" end to end: reads the caller's company's template, fills its fields into
/// the file, and stores that file as a new draft document through <see cref="CreateDocument"/>, so
/// the upload checks, the passport and the folders apply as for any upload.
/// </summary>
public sealed class CreateDocumentFromTemplate(DocumentTemplates templates, CreateFromTemplate fill, CreateDocument create)
{
    public async Task<Result<Document>> CreateAsync(FromTemplateCommand command, CultureInfo culture, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var template = await templates.FindAsync(command.EmployeeId, command.TemplateId, cancellationToken);
        if (!template.IsSuccess)
        {
            return template.Error;
        }

        var rendered = fill.Run(template.Value, command.Values);
        if (!rendered.IsSuccess)
        {
            return rendered.Error;
        }

        using var content = new MemoryStream(rendered.Value.Content, writable: false);
        var title = string.IsNullOrWhiteSpace(command.Title) ? template.Value.Name : command.Title;
        return await create.CreateAsync(
            new CreateDocumentCommand(
                command.EmployeeId, command.Kind, command.Number, command.Date, title,
                [new IncomingFile(rendered.Value.FileName, content)],
                command.Amount, command.Counterparty is null ? [] : [command.Counterparty], null, new Dictionary<string, string>(StringComparer.Ordinal), command.IpAddress),
            culture,
            cancellationToken);
    }
}
