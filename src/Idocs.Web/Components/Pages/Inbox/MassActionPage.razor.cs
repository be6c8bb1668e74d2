using System.Globalization;
using Idocs.Documents.Routes;
using Idocs.Documents.Signing;
using Idocs.Web.Cabinet;
using Idocs.Web.Cabinet.Documents;
using Idocs.Web.Components.Pages.Account;
using Idocs.Web.Components.Pages.Documents;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Options;
using Microsoft.JSInterop;

namespace Idocs.Web.Components.Pages.Inbox;

/// <summary>
/// Approves or signs many waiting documents at once. The server checks the selection first (plan
/// limit, each document still waiting for this person), so an oversized selection is refused before
/// anything is signed. The browser then signs each file through NCALayer with a progress bar and
/// posts all signatures in one request to <c>POST /api/v1/documents/mass/sign</c>.
/// </summary>
public sealed partial class MassActionPage
{
    private IReadOnlyList<WaitingDocument> _waiting = [];
    private HashSet<WaitingDocument> _selected = [];
    private List<MassResultRow> _results = [];
    private RouteStepKind _step = RouteStepKind.Sign;
    private DeskCaller? _caller;
    private bool _loading = true;
    private string? _loadError;
    private string? _limitError;
    private string? _actionError;
    private bool _signerReady;
    private MassPhase _phase = MassPhase.Idle;
    private int _done;
    private int _total;
    private SignerPanel? _signer;
    private IJSObjectReference? _module;
    private DotNetObjectReference<MassActionPage>? _self;

    [Inject] private DocumentDesk Desk { get; set; } = default!;

    [Inject] private IJSRuntime JS { get; set; } = default!;

    [Inject] private IOptions<CabinetOptions> Options { get; set; } = default!;

    [CascadingParameter] private Task<AuthenticationState>? AuthenticationState { get; set; }

    private List<WaitingDocument> Visible => [.. _waiting.Where(document => document.Step == _step)];

    private bool CanAct => _selected.Count > 0 && _phase == MassPhase.Idle;

    private double ProgressPercent => _total == 0 ? 0 : 100d * _done / _total;

    private string PhaseText => _phase switch
    {
        MassPhase.Checking => L["MassChecking"],
        MassPhase.Signing => L["MassSigning", _done, _total],
        MassPhase.Sending => L["MassSending", _total],
        _ => string.Empty,
    };

    protected override Task OnInitializedAsync() => LoadAsync();

    /// <summary>Called by cabinet-create.js after each document is signed.</summary>
    [JSInvokable]
    public Task OnSignProgress(int done, int total)
    {
        _done = done;
        _total = total;
        if (done == total)
        {
            _phase = MassPhase.Sending;
        }

        return InvokeAsync(StateHasChanged);
    }

    private int CountOf(RouteStepKind step) => _waiting.Count(document => document.Step == step);

    private void SetStep(RouteStepKind step)
    {
        _step = step;
        _selected = [];
    }

    private async Task LoadAsync()
    {
        _loading = true;
        _loadError = null;
        _caller ??= AuthenticationState is null ? null : DeskCaller.From((await AuthenticationState).User);
        if (_caller is null)
        {
            _loadError = L["ErrorNoProfileChosen"];
            _loading = false;
            return;
        }

        _waiting = await Desk.ListWaitingAsync(_caller, CancellationToken.None);
        _selected = [];
        _loading = false;
    }

    private Task SignAsync() => RunAsync(RouteStepKind.Sign);

    private Task ApproveAsync() => RunAsync(RouteStepKind.Approve);

    private async Task RunAsync(RouteStepKind step)
    {
        if (_caller is null || _selected.Count == 0)
        {
            return;
        }

        _limitError = null;
        _actionError = null;
        _results = [];
        _phase = MassPhase.Checking;
        StateHasChanged();

        var check = await Desk.PreCheckAsync(_caller, [.. _selected.Select(document => document.DocumentId)], step, CancellationToken.None);
        if (check.OverLimit)
        {
            _limitError = check.Limit == 0 ? L["MassNoPlan"] : L["MassOverLimit", check.ReadyCount, check.Limit ?? 0];
            _phase = MassPhase.Idle;
            return;
        }

        var ready = check.Items.Where(item => item.Verdict == PreCheckVerdict.Ready).Select(item => item.Document).ToList();
        var skipped = check.Items.Where(item => item.Verdict != PreCheckVerdict.Ready)
            .Select(item => new MassResultRow(item.Document.DocumentId, item.Document.Number, item.Document.Title, false, L[$"MassVerdict_{item.Verdict}"]))
            .ToList();
        if (ready.Count == 0)
        {
            _results = skipped;
            _phase = MassPhase.Idle;
            return;
        }

        var result = await InvokeScriptAsync(step, ready);
        _phase = MassPhase.Idle;
        if (!result.Ok)
        {
            _actionError = result.Code == MassActionErrorCodes.OverPlanLimit
                ? L["MassOverLimitServer", result.Detail ?? string.Empty]
                : L["MassFailed", AuthErrorText.For(L, result.Code), result.Detail ?? string.Empty];
            _results = skipped;
            return;
        }

        _results = [.. ready.Select(document => RowOf(document, result.Items)), .. skipped];
        await LoadAsync();
    }

    private async Task<CreateScriptResult> InvokeScriptAsync(RouteStepKind step, List<WaitingDocument> ready)
    {
        _module ??= await JS.InvokeAsync<IJSObjectReference>("import", CabinetScripts.Create);
        if (step == RouteStepKind.Approve)
        {
            _phase = MassPhase.Sending;
            _total = ready.Count;
            StateHasChanged();
            Guid[] documentIds = [.. ready.Select(document => document.DocumentId)];
            return await _module.InvokeAsync<CreateScriptResult>("massApprove", documentIds);
        }

        _self ??= DotNetObjectReference.Create(this);
        _phase = MassPhase.Signing;
        _done = 0;
        _total = ready.Count;
        StateHasChanged();

        // Signing waits for a person in NCALayer, so the call may take far longer than the default JS interop timeout.
        return await _module.InvokeAsync<CreateScriptResult>("massSign", CancellationToken.None, new
        {
            url = Options.Value.SignerUrl,
            connectTimeoutMs = Options.Value.SignerConnectTimeoutMs,
            storage = _signer?.Storage,
            locale = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName,
            documents = ready.Select(document => new { documentId = document.DocumentId, files = document.FileSha256s }).ToArray(),
            dotnet = _self,
        });
    }

    private MassResultRow RowOf(WaitingDocument document, IReadOnlyList<MassResultItem>? items)
    {
        var item = items?.FirstOrDefault(candidate => candidate.DocumentId == document.DocumentId);
        if (item is null)
        {
            return new MassResultRow(document.DocumentId, document.Number, document.Title, false, L["MassNoAnswer"]);
        }

        if (item.ErrorCode is not null)
        {
            return new MassResultRow(document.DocumentId, document.Number, document.Title, false, AuthErrorText.For(L, item.ErrorCode));
        }

        var status = L[$"MassStatus_{item.Status}"];
        return new MassResultRow(document.DocumentId, document.Number, document.Title, true, status.ResourceNotFound ? L["MassDone"] : status);
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
