using System.Globalization;
using Idocs.Common.Results;
using Idocs.Documents.Templates;
using Idocs.Web.Cabinet;
using Idocs.Web.Designer;
using Idocs.Web.Security;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;

namespace Idocs.Web.Components.Pages.Templates;

/// <summary>
/// The company's document templates: the list, and an editor of the name, the fields and the layout
/// (a DOCX uploaded here, or a generated PDF). Open to people with "manage templates and routes".
/// </summary>
public sealed partial class TemplatesPage
{
    private bool _loading = true;
    private bool _saving;
    private string? _error;
    private string? _saveError;
    private string? _status;
    private CabinetUser? _user;
    private Guid _employeeId;
    private IReadOnlyList<DocumentTemplate> _templates = [];
    private TemplateEditor? _editing;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    [Inject]
    private IDesignerAccess Access { get; set; } = default!;

    protected override Task OnParametersSetAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        _loading = true;
        _error = null;
        var principal = AuthenticationState is null ? null : (await AuthenticationState).User;
        _user = principal is null ? null : CabinetUser.From(principal);
        if (_user is null || !Guid.TryParse(principal!.FindFirst(IdocsClaimTypes.EmployeeId)?.Value, out _employeeId))
        {
            _error = L["ErrorNoProfileChosen"];
            _loading = false;
            return;
        }

        if (!(await Access.AuthorizeAsync(principal, CancellationToken.None)).IsSuccess)
        {
            _error = L["Templates_NoAccess"];
            _loading = false;
            return;
        }

        var listed = await Services.RunAsync<DocumentTemplates, Result<IReadOnlyList<DocumentTemplate>>>(
            _user, templates => templates.ListAsync(_employeeId, CancellationToken.None));
        if (listed.IsSuccess)
        {
            _templates = listed.Value;
        }
        else
        {
            _error = string.Format(CultureInfo.CurrentCulture, L["Templates_LoadFailed"], listed.Error.Code);
        }

        _loading = false;
    }

    private void StartNew()
    {
        _status = null;
        _saveError = null;
        _editing = new TemplateEditor { Fields = [new TemplateFieldRow()] };
    }

    private void StartEdit(DocumentTemplate template)
    {
        _status = null;
        _saveError = null;
        _editing = new TemplateEditor
        {
            Id = template.Id,
            Name = template.Name,
            Layout = template.Layout,
            LayoutFile = template.LayoutFile.ToArray(),
            Fields = template.Fields.Select(TemplateFieldRow.From).ToList(),
        };
    }

    private async Task ReadLayoutAsync(InputFileChangeEventArgs change)
    {
        _saveError = null;
        if (_editing is null)
        {
            return;
        }

        if (change.File.Size > TemplateRules.MaxLayoutBytes)
        {
            _saveError = string.Format(CultureInfo.CurrentCulture, L["Templates_LayoutTooLarge"], TemplateRules.MaxLayoutBytes / (1024 * 1024));
            return;
        }

        await using var stream = change.File.OpenReadStream(TemplateRules.MaxLayoutBytes);
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer);
        _editing.LayoutFile = buffer.ToArray();
    }

    private async Task SaveAsync()
    {
        if (_editing is null || _user is null)
        {
            return;
        }

        _saving = true;
        _saveError = null;
        var template = new DocumentTemplate
        {
            Name = _editing.Name.Trim(),
            Layout = _editing.Layout,
            LayoutFile = _editing.Layout == TemplateLayoutKind.Docx ? _editing.LayoutFile : ReadOnlyMemory<byte>.Empty,
            Fields = _editing.Fields.Select(row => row.ToField()).ToList(),
        };
        var id = _editing.Id;
        var saved = await Services.RunAsync<DocumentTemplates, Result<DocumentTemplate>>(
            _user,
            templates => id is { } existing
                ? templates.UpdateAsync(_employeeId, existing, template, CancellationToken.None)
                : templates.CreateAsync(_employeeId, template, CancellationToken.None));
        _saving = false;
        if (!saved.IsSuccess)
        {
            // The code is stable and the detail names the field or placeholder at fault.
            _saveError = string.Format(CultureInfo.CurrentCulture, L["Templates_SaveFailed"], saved.Error.Code, saved.Error.Message);
            return;
        }

        _editing = null;
        await LoadAsync();
        _status = string.Format(CultureInfo.CurrentCulture, L["Templates_Saved"], saved.Value.Name);
    }

    /// <summary>The template being edited; <see cref="Id"/> is null for a new one.</summary>
    private sealed class TemplateEditor
    {
        public Guid? Id { get; init; }

        public string Name { get; set; } = string.Empty;

        public TemplateLayoutKind Layout { get; set; } = TemplateLayoutKind.Docx;

        public byte[] LayoutFile { get; set; } = [];

        public List<TemplateFieldRow> Fields { get; init; } = [];
    }
}
