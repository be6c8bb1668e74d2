using System.Globalization;
using System.Net.Mail;
using Idocs.Documents.Documents;
using Idocs.Documents.Routes;
using Idocs.Documents.Uploads;
using Idocs.Web.Api.Documents;
using Idocs.Web.Cabinet;
using Idocs.Web.Cabinet.Documents;
using Idocs.Web.Components.Pages.Account;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.JSInterop;

namespace Idocs.Web.Components.Pages.Documents;

/// <summary>
/// Creates a document from one file or a package of files, with its details, counterparty and route,
/// and starts the route. The files stay in the browser until the browser posts them to
/// <c>POST /api/v1/documents</c>; the circuit receives only their names and sizes.
/// </summary>
public sealed partial class CreateDocumentPage
{
    private static readonly string[] Currencies = ["KZT", "USD", "EUR", "RUB"];

    private readonly Dictionary<string, string> _fieldErrors = new(StringComparer.Ordinal);
    private readonly Dictionary<int, string> _stageErrors = [];
    private readonly List<string> _errors = [];
    private List<RouteStageDraft> _stages = [];
    private IReadOnlyList<RouteParticipantOption> _participants = [];
    private IReadOnlyList<RouteTemplateOption> _templates = [];
    private List<ChosenFile> _files = [];
    private DeskCaller? _caller;
    private bool _loading = true;
    private string? _loadError;
    private bool _submitting;
    private Guid? _created;
    private bool _attached;
    private bool _triedSubmit;

    private DocumentKind _kind = DocumentKind.ExternalOutgoing;
    private string? _title;
    private string? _number;
    private DateTime? _date = DateTime.Today;
    private decimal? _amount;
    private string _currency = "KZT";
    private List<CounterpartyDraft> _counterparties = [new()];
    private bool _useTemplate;
    private string? _templateId;

    private ElementReference _zone;
    private ElementReference _input;
    private IJSObjectReference? _module;
    private DotNetObjectReference<CreateDocumentPage>? _self;

    [Inject] private DocumentDesk Desk { get; set; } = default!;

    [Inject] private IJSRuntime JS { get; set; } = default!;

    [Inject] private UploadLimits Limits { get; set; } = default!;

    [CascadingParameter] private Task<AuthenticationState>? AuthenticationState { get; set; }

    private static int MaxFiles => DocumentUploadForm.MaxFiles;

    private long MaxFileMegabytes => Limits.MaxFileBytes / (1024 * 1024);

    private string CounterpartyDisplay => string.Join(", ", _counterparties.Select(counterparty =>
        string.IsNullOrWhiteSpace(counterparty.Name) ? counterparty.Identifier ?? L["CreateCounterpartyMissing"] : counterparty.Name));

    private static string IdentifierField(int position) => $"counterparty{position}Identifier";

    private static string NameField(int position) => $"counterparty{position}Name";

    protected override Task OnInitializedAsync() => LoadAsync();

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (_attached || _loading || _loadError is not null || _created is not null)
        {
            return;
        }

        _attached = true;
        _module ??= await JS.InvokeAsync<IJSObjectReference>("import", CabinetScripts.Create);
        _self ??= DotNetObjectReference.Create(this);
        await _module.InvokeVoidAsync("attachDropZone", _zone, _input, _self, Limits.MaxFileBytes, MaxFiles);
    }

    /// <summary>Called by cabinet-create.js whenever the chosen files change.</summary>
    [JSInvokable]
    public Task OnFilesChanged(ChosenFile[] files)
    {
        _files = [.. files];
        return InvokeAsync(() =>
        {
            Revalidate();
            StateHasChanged();
        });
    }

    private async Task LoadAsync()
    {
        _loading = true;
        _loadError = null;
        _caller = AuthenticationState is null ? null : DeskCaller.From((await AuthenticationState).User);
        if (_caller is null)
        {
            _loadError = L["ErrorNoProfileChosen"];
            _loading = false;
            return;
        }

        _participants = await Desk.ListParticipantsAsync(_caller, CancellationToken.None);
        _templates = await Desk.ListRouteTemplatesAsync(_caller, CancellationToken.None);
        if (_stages.Count == 0)
        {
            _stages = [new RouteStageDraft { Kind = RouteStepKind.Approve }, new RouteStageDraft { Kind = RouteStepKind.Sign }];
        }

        _loading = false;
    }

    private async Task PickAsync()
    {
        if (_module is not null)
        {
            await _module.InvokeVoidAsync("pickFiles", _input);
        }
    }

    private async Task RemoveFileAsync(int position)
    {
        if (_module is not null && _self is not null)
        {
            await _module.InvokeVoidAsync("removeFile", _zone, position, _self, Limits.MaxFileBytes);
        }
    }

    private void AddCounterparty()
    {
        _counterparties.Add(new CounterpartyDraft());
        Revalidate();
    }

    private void RemoveCounterparty(int position)
    {
        if (_counterparties.Count > 1)
        {
            _counterparties.RemoveAt(position);
            Revalidate();
        }
    }

    private void SetCounterpartyKind(CounterpartyDraft counterparty, CounterpartyIdentifierKind kind)
    {
        counterparty.Kind = kind;
        counterparty.Match = null;
        Revalidate();
    }

    private async Task SetCounterpartyIdentifierAsync(int position, string? value)
    {
        var counterparty = _counterparties[position];
        counterparty.Identifier = value?.Trim();
        counterparty.Match = null;
        Revalidate();
        if (_caller is null || counterparty.Kind == CounterpartyIdentifierKind.Email || string.IsNullOrEmpty(counterparty.Identifier))
        {
            return;
        }

        if (!TaxIdentifier.IsValid(counterparty.Identifier))
        {
            _fieldErrors[IdentifierField(position)] = L["CreateCpIdentifierInvalid", counterparty.Identifier];
            return;
        }

        counterparty.Match = await Desk.FindCounterpartyAsync(_caller, counterparty.Identifier, CancellationToken.None);
        if (counterparty.Match is { Registered: true, Name: { } name })
        {
            counterparty.Name = name;
            Revalidate();
        }
    }

    /// <summary>Checks the form again after a change, once a submit has shown the errors, so that fixed fields lose their messages.</summary>
    private void Revalidate()
    {
        if (_triedSubmit)
        {
            Validate();
        }
    }

    private async Task SubmitAsync()
    {
        _triedSubmit = true;
        if (!Validate() || _module is null)
        {
            return;
        }

        _submitting = true;
        StateHasChanged();
        var fields = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["kind"] = _kind.ToString(),
            ["title"] = _title?.Trim(),
            ["number"] = _number?.Trim(),
            ["date"] = _date!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["amount"] = _amount?.ToString(CultureInfo.InvariantCulture),
            ["currency"] = _amount is null ? null : _currency,
        };
        if (_kind == DocumentKind.ExternalOutgoing)
        {
            // The upload form repeats the three fields once per counterparty, in the same order.
            fields["counterpartyKind"] = _counterparties.Select(counterparty => counterparty.Kind.ToString()).ToArray();
            fields["counterpartyIdentifier"] = _counterparties.Select(counterparty => counterparty.Identifier ?? string.Empty).ToArray();
            fields["counterpartyName"] = _counterparties.Select(counterparty => counterparty.Name?.Trim() ?? string.Empty).ToArray();
        }

        object route = _useTemplate
            ? new { templateId = _templateId }
            : new { stages = _stages.Select(stage => stage.ToRequest()).ToArray() };
        var result = await _module.InvokeAsync<CreateScriptResult>("createAndStart", _zone, fields, route);
        _submitting = false;
        if (result.Ok)
        {
            _created = result.DocumentId;
            return;
        }

        var message = AuthErrorText.For(L, result.Code);
        _errors.Add(result.Stage == "route" && result.DocumentId is { } draftId
            ? L["CreateRouteFailed", message, result.Detail ?? string.Empty, draftId]
            : L["CreateUploadFailed", message, result.Detail ?? string.Empty]);
    }

    private bool Validate()
    {
        _errors.Clear();
        _fieldErrors.Clear();
        _stageErrors.Clear();
        if (_files.Count == 0)
        {
            _errors.Add(L["CreateErrorNoFiles"]);
        }

        foreach (var file in _files.Where(file => file.Error is not null))
        {
            _errors.Add(FileErrorText(file));
        }

        Require(nameof(_title), !string.IsNullOrWhiteSpace(_title), L["CreateErrorTitle"]);
        Require(nameof(_number), !string.IsNullOrWhiteSpace(_number), L["CreateErrorNumber"]);
        Require(nameof(_date), _date is not null, L["CreateErrorDate"]);
        Require(nameof(_amount), _amount is null or >= 0, L["CreateErrorAmount"]);
        if (_kind == DocumentKind.ExternalOutgoing)
        {
            for (var position = 0; position < _counterparties.Count; position++)
            {
                ValidateCounterparty(position);
            }
        }

        if (_useTemplate)
        {
            Require(nameof(_templateId), !string.IsNullOrWhiteSpace(_templateId), L["CreateErrorTemplate"]);
        }
        else
        {
            ValidateStages();
        }

        return _errors.Count == 0;
    }

    private void ValidateCounterparty(int position)
    {
        var counterparty = _counterparties[position];
        var identifier = counterparty.Identifier ?? string.Empty;
        var named = !string.IsNullOrWhiteSpace(counterparty.Name);
        if (identifier.Length == 0)
        {
            Require(IdentifierField(position), false, L["CreateErrorCounterpartyMissing"]);
            Require(NameField(position), named, L["CreateErrorCounterpartyName"]);
            return;
        }

        var email = counterparty.Kind == CounterpartyIdentifierKind.Email;
        var valid = email
            ? MailAddress.TryCreate(identifier, out var address) && address.Address == identifier
            : TaxIdentifier.IsValid(identifier);
        Require(IdentifierField(position), valid, email ? L["CreateCpEmailInvalid", identifier] : L["CreateCpIdentifierInvalid", identifier]);
        Require(NameField(position), named, L["CreateErrorCounterpartyName"]);
    }

    private void ValidateStages()
    {
        if (_stages.Count == 0)
        {
            _errors.Add(L["CreateErrorNoStages"]);
        }

        for (var index = 0; index < _stages.Count; index++)
        {
            if (_stages[index].EmployeeIds.Count == 0)
            {
                _stageErrors[index] = L["CreateErrorStageEmpty"];
                _errors.Add(L["CreateErrorStageEmptyAt", index + 1]);
            }
        }
    }

    private void Require(string field, bool condition, string message)
    {
        if (!condition)
        {
            _fieldErrors[field] = message;
            _errors.Add(message);
        }
    }

    private string? FieldError(string field) => _fieldErrors.TryGetValue(field, out var error) ? error : null;

    private string FileErrorText(ChosenFile file) => file.Error == "type"
        ? L["CreateFileWrongType", file.Name]
        : L["CreateFileWrongSize", file.Name, MaxFileMegabytes];

    private static string FormatSize(long bytes) => bytes >= 1024 * 1024
        ? string.Create(CultureInfo.CurrentCulture, $"{bytes / (1024d * 1024d):0.#} MB")
        : string.Create(CultureInfo.CurrentCulture, $"{Math.Max(1, bytes / 1024)} KB");

    private void StartOver()
    {
        _created = null;
        _attached = false;
        _triedSubmit = false;
        _files = [];
        _title = null;
        _number = null;
        _counterparties = [new()];
        _errors.Clear();
    }

    public async ValueTask DisposeAsync()
    {
        _self?.Dispose();
        if (_module is not null)
        {
            try
            {
                await _module.DisposeAsync();
            }
            catch (JSDisconnectedException)
            {
                // The circuit is gone together with the module.
            }
        }
    }
}
