using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Idocs.Workflows.Activities;
using Idocs.Workflows.Definitions;
using Idocs.Workflows.Designer;
using Idocs.Workflows.Designer.DryRun;
using Idocs.Workflows.Validation;
using Idocs.Web.Designer;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.JSInterop;

namespace Idocs.Web.Components.Designer;

/// <summary>
/// The route designer: the catalog, the X6 canvas, the side panel of the selected activity, and the
/// validation, history, diff and dry-run panels. The canvas keeps edits and undo/redo in the browser
/// and sends each committed change here; this page saves it to the draft and validates it.
/// </summary>
public sealed partial class DesignerPage
{
    private readonly Dictionary<string, List<ParticipantRow>> _participantInputs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _scalarInputs = new(StringComparer.Ordinal);
    private DotNetObjectReference<DesignerPage>? _self;
    private IJSObjectReference? _module;
    private IJSObjectReference? _canvas;
    private ElementReference _canvasElement;
    private DesignerCaller? _caller;
    private string? _accessError;
    private DesignerCatalog? _catalog;
    private DesignerDraft? _draft;
    private WorkflowDefinition? _definition;
    private ActivityDefinition? _selected;
    private string? _selectedTitle;
    private IReadOnlyList<ValidationProblem> _problems = [];
    private string? _status;
    private string? _newId;
    private string? _importJson;
    private string? _exportJson;
    private string? _historyId;
    private IReadOnlyList<WorkflowDefinition>? _history;
    private int _diffFrom = 1;
    private int _diffTo = 2;
    private DefinitionDiff? _diff;
    private string? _dryRunFields;
    private string? _dryRunParticipants;
    private string? _dryRunDecisions;
    private DryRunResult? _dryRun;
    private string _canvasState = "empty";
    private string? _loadMilliseconds;
    private bool _canvasReady;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    [Inject]
    private AuthenticationStateProvider Authentication { get; set; } = default!;

    [Inject]
    private IDesignerAccess Access { get; set; } = default!;

    [Inject]
    private DesignerService Designer { get; set; } = default!;

    [Inject]
    private DryRunner Runner { get; set; } = default!;

    [Inject]
    private DesignerPalette Palette { get; set; } = default!;

    [Inject]
    private DesignerBundle Bundle { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "draft")]
    public Guid? DraftId { get; set; }

    private ActivityDescriptor? SelectedDescriptor => _selected is null ? null : Palette.Find(_selected.Type);

    protected override async Task OnInitializedAsync()
    {
        var state = await Authentication.GetAuthenticationStateAsync();
        var caller = await Access.AuthorizeAsync(state.User, CancellationToken.None);
        if (!caller.IsSuccess)
        {
            _accessError = caller.Error.Message;
            return;
        }

        _caller = caller.Value;
        await RefreshCatalogAsync();
        if (DraftId is { } draftId)
        {
            _draft = await Designer.FindDraftAsync(_caller.CompanyId, draftId);
            _definition = _draft?.Definition;
        }
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender || _caller is null || Bundle.ModulePath is null)
        {
            return;
        }

        _self = DotNetObjectReference.Create(this);
        _module = await JS.InvokeAsync<IJSObjectReference>("import", "./" + Bundle.ModulePath);
        _canvas = await _module.InvokeAsync<IJSObjectReference>("mount", _canvasElement, _self);
        _canvasReady = true;
        _canvasState = "mounted";
        if (_definition is not null)
        {
            await LoadCanvasAsync(fit: true);
            await ValidateAsync();
        }

        StateHasChanged();
    }

    /// <summary>Receives a committed canvas change: saves it to the draft and shows the validator's problems on the nodes.</summary>
    [JSInvokable]
    public async Task OnCanvasCommitted(string definitionJson)
    {
        var parsed = WorkflowJson.Deserialize(definitionJson);
        if (!parsed.IsSuccess || _draft is null || _caller is null)
        {
            _status = parsed.IsSuccess ? _status : parsed.Error.Message;
            await InvokeAsync(StateHasChanged);
            return;
        }

        _definition = parsed.Value;
        if (_selected is not null)
        {
            _selected = _definition.FindActivity(_selected.Id);
        }

        await SaveAsync();
        await ValidateAsync();
        await InvokeAsync(StateHasChanged);
    }

    [JSInvokable]
    public Task OnActivitySelected(string? activityId)
    {
        SelectActivity(activityId is null ? null : _definition?.FindActivity(activityId));
        return InvokeAsync(StateHasChanged);
    }

    private async Task RefreshCatalogAsync() => _catalog = await Designer.CatalogAsync(_caller!.CompanyId);

    private async Task NewRouteAsync()
    {
        var id = string.IsNullOrWhiteSpace(_newId) ? $"route-{DateTime.UtcNow:yyyyMMddHHmmss}" : _newId.Trim();
        var definition = new WorkflowDefinition
        {
            Id = id,
            Name = id,
            Activities = [new ActivityDefinition { Id = "start", Type = "Start", Position = new DisplayPosition(40, 40) }],
        };
        await OpenCreatedAsync(await Designer.CreateDraftAsync(_caller!.CompanyId, _caller.UserId, definition));
    }

    private async Task ImportAsync()
    {
        await OpenCreatedAsync(await Designer.ImportAsync(_caller!.CompanyId, _caller.UserId, _importJson ?? string.Empty));
    }

    private async Task EditPublishedAsync(string definitionId, string? newId)
    {
        var copyId = string.IsNullOrWhiteSpace(newId) ? null : newId.Trim();
        await OpenCreatedAsync(await Designer.DraftFromVersionAsync(_caller!.CompanyId, _caller.UserId, definitionId, null, copyId));
    }

    private async Task DuplicateAsync()
    {
        var newId = string.IsNullOrWhiteSpace(_newId) ? $"{_draft!.Definition.Id}-copy" : _newId.Trim();
        await OpenCreatedAsync(await Designer.DuplicateDraftAsync(_caller!.CompanyId, _caller.UserId, _draft!.Id, newId, null));
    }

    private async Task OpenCreatedAsync(Idocs.Common.Results.Result<DesignerDraft> created)
    {
        if (!created.IsSuccess)
        {
            _status = created.Error.Message;
            return;
        }

        await RefreshCatalogAsync();
        await OpenDraftAsync(created.Value.Id);
    }

    private async Task OpenDraftAsync(Guid draftId)
    {
        _draft = await Designer.FindDraftAsync(_caller!.CompanyId, draftId);
        _definition = _draft?.Definition;
        _dryRun = null;
        _exportJson = null;
        SelectActivity(null);
        await LoadCanvasAsync(fit: true);
        await ValidateAsync();
    }

    private async Task LoadCanvasAsync(bool fit)
    {
        if (!_canvasReady || _canvas is null || _definition is null)
        {
            return;
        }

        var watch = Stopwatch.StartNew();
        await _canvas.InvokeAsync<int>("load", WorkflowJson.Serialize(_definition), Palette.ToCanvasJson());
        if (fit)
        {
            await _canvas.InvokeAsync<double>("fitToView");
        }

        _loadMilliseconds = watch.ElapsedMilliseconds.ToString(CultureInfo.InvariantCulture);
        _canvasState = "ready";
    }

    private async Task SaveAsync()
    {
        var draftId = _draft!.Id;
        var saved = await Designer.SaveDraftAsync(_caller!.CompanyId, _caller.UserId, draftId, _definition!, _draft.Revision);
        if (_draft?.Id != draftId)
        {
            // The draft was published or replaced while this save ran; its outcome no longer concerns the page.
            return;
        }

        if (saved.IsSuccess)
        {
            _draft = saved.Value;
            _status = null;
        }
        else
        {
            _status = saved.Error.Message;
        }
    }

    private async Task ValidateAsync()
    {
        if (_definition is null)
        {
            return;
        }

        _problems = Designer.Validate(_definition);
        if (_canvas is not null)
        {
            await _canvas.InvokeAsync<int>("highlightErrors", _problems.Select(problem => new { activityId = problem.ActivityId, message = problem.Message }));
        }
    }

    private async Task PublishAsync()
    {
        await ValidateAsync();
        var published = await Designer.PublishAsync(_caller!.CompanyId, _draft!.Id, _draft.Revision);
        if (!published.IsSuccess)
        {
            _status = published.Error.Message;
            return;
        }

        _status = string.Format(CultureInfo.CurrentCulture, L["Designer_PublishedVersion"], published.Value.Id, published.Value.Version);
        _draft = null;
        await RefreshCatalogAsync();
    }

    private async Task ArchiveDraftAsync()
    {
        var archived = await Designer.ArchiveDraftAsync(_caller!.CompanyId, _draft!.Id);
        _status = archived.IsSuccess ? L["Designer_Archived"] : archived.Error.Message;
        _draft = null;
        await RefreshCatalogAsync();
    }

    private async Task ArchiveDefinitionAsync(string definitionId)
    {
        var archived = await Designer.ArchiveDefinitionAsync(_caller!.CompanyId, definitionId);
        _status = archived.IsSuccess ? L["Designer_Archived"] : archived.Error.Message;
        await RefreshCatalogAsync();
    }

    private void Export() => _exportJson = _definition is null ? null : DefinitionExchange.Export(_definition);

    private async Task ShowHistoryAsync(string definitionId)
    {
        var history = await Designer.HistoryAsync(_caller!.CompanyId, definitionId);
        _historyId = definitionId;
        _history = history.IsSuccess ? history.Value : null;
        _diff = null;
        if (_history is { Count: > 0 })
        {
            _diffTo = _history[^1].Version;
            _diffFrom = Math.Max(1, _diffTo - 1);
        }
    }

    private async Task DiffAsync()
    {
        var diff = await Designer.DiffAsync(_caller!.CompanyId, _historyId!, _diffFrom, _diffTo);
        _diff = diff.IsSuccess ? diff.Value : null;
        _status = diff.IsSuccess ? null : diff.Error.Message;
    }

    private async Task AddActivityAsync(string type)
    {
        if (_canvas is not null)
        {
            await _canvas.InvokeAsync<string>("addActivity", type, null);
        }
    }

    private async Task UndoAsync()
    {
        if (_canvas is not null)
        {
            await _canvas.InvokeVoidAsync("undo");
        }
    }

    private async Task RedoAsync()
    {
        if (_canvas is not null)
        {
            await _canvas.InvokeVoidAsync("redo");
        }
    }

    private async Task FitAsync()
    {
        if (_canvas is not null)
        {
            await _canvas.InvokeAsync<double>("fitToView");
        }
    }

    private async Task RemoveSelectedAsync()
    {
        if (_canvas is not null && _selected is not null)
        {
            await _canvas.InvokeVoidAsync("removeActivity", _selected.Id);
            SelectActivity(null);
        }
    }

    private async Task DryRunAsync()
    {
        _dryRun = await Runner.RunAsync(new DryRunRequest
        {
            Definition = _definition!,
            Fields = DryRunInput.ParseFields(_dryRunFields),
            Participants = DryRunInput.ParseParticipants(_dryRunParticipants),
            Decisions = DryRunInput.ParseDecisions(_dryRunDecisions),
            StarterUserId = _caller!.UserId,
        });
        if (_canvas is not null)
        {
            await _canvas.InvokeVoidAsync("highlightPath", _dryRun.VisitedActivityIds);
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_canvas is not null)
            {
                await _canvas.InvokeVoidAsync("dispose");
                await _canvas.DisposeAsync();
            }

            if (_module is not null)
            {
                await _module.DisposeAsync();
            }
        }
        catch (JSDisconnectedException)
        {
            // The browser is gone with the circuit; its canvas went with it.
        }

        _self?.Dispose();
    }
}
