using System.Globalization;
using Idocs.Common.Results;
using Idocs.Documents.Documents;
using Idocs.Web.Cabinet;
using Idocs.Web.Cabinet.Documents;
using Idocs.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Options;
using Microsoft.JSInterop;
using MudBlazor;

namespace Idocs.Web.Components.Pages.Documents;

/// <summary>
/// The document page: preview, details, route, signatures and passport, and the actions this
/// person may take now. Actions go through cabinet-documents.js to the documents API, then the
/// page reads the document again so every panel shows the new state.
/// </summary>
public sealed partial class DocumentPage : IAsyncDisposable
{
    private readonly CancellationTokenSource _disposed = new();
    private readonly DialogOptions _dialogOptions = new() { MaxWidth = MaxWidth.Small, FullWidth = true, CloseOnEscapeKey = true };
    private DocumentCard? _card;
    private bool _loading = true;
    private bool _busy;
    private string? _error;
    private string? _errorDetail;
    private string? _actionMessage;
    private string? _previewSha256;
    private bool _reasonDialogOpen;
    private ReasonAction _reasonAction;
    private string? _reason;
    private bool _reasonInvalid;
    private IJSObjectReference? _module;

    private enum ReasonAction
    {
        Reject,
        Revoke,
    }

    [Parameter] public Guid DocumentId { get; set; }

    [CascadingParameter] private Task<AuthenticationState>? AuthenticationState { get; set; }

    [Inject] private CabinetServices Services { get; set; } = default!;

    [Inject] private IJSRuntime JS { get; set; } = default!;

    [Inject] private IOptions<CabinetOptions> Options { get; set; } = default!;

    protected override Task OnParametersSetAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        _loading = true;
        var user = await CurrentUserAsync();
        if (user?.EmployeeId is not { } employeeId)
        {
            _loading = false;
            _card = null;
            _error = DocumentErrorText.For(D, L, CabinetDocumentErrorCodes.NoEmployee);
            return;
        }

        var card = await Services.RunAsync<DocumentCardReader, Result<DocumentCard>>(
            user, reader => reader.ReadAsync(DocumentId, employeeId, _disposed.Token));
        _loading = false;
        if (!card.IsSuccess)
        {
            _card = null;
            _error = card.Error.Code == CommonErrorCodes.NotFound ? D["CardNotFound"] : DocumentErrorText.For(D, L, card.Error.Code);
            return;
        }

        _card = card.Value;
        if (_previewSha256 is null || _card.Document.Files.All(file => file.Sha256 != _previewSha256))
        {
            _previewSha256 = _card.Document.Files.Count > 0 ? _card.Document.Files[0].Sha256 : null;
        }
    }

    private DocumentFile? PreviewFile(Document document) =>
        document.Files.FirstOrDefault(file => file.Sha256 == _previewSha256) ?? (document.Files.Count > 0 ? document.Files[0] : null);

    private Task ApproveAsync() => RunActionAsync("act", new { documentId = DocumentId, action = "approve" }, D["DoneApproved"]);

    private Task RemindAsync() => RunActionAsync("act", new { documentId = DocumentId, action = "reminders" }, D["DoneReminded"]);

    private Task SignAsync() => RunActionAsync(
        "signDocument",
        new
        {
            url = Options.Value.SignerUrl,
            connectTimeoutMs = Options.Value.SignerConnectTimeoutMs,
            documentId = DocumentId,
            files = _card?.Actions.FilesToSign ?? [],
            locale = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName,
        },
        D["DoneSigned"]);

    /// <summary>Starts a one-step signing route with this person as signer, then signs as <see cref="SignAsync"/> does.</summary>
    private async Task StartSigningAsync()
    {
        var user = await CurrentUserAsync();
        if (user?.EmployeeId is not { } employeeId)
        {
            return;
        }

        await RunActionAsync("startSigning", new { documentId = DocumentId, employeeId }, doneMessage: null);
        if (_error is null && _card?.Actions.CanSign == true)
        {
            await SignAsync();
        }
    }

    private void OpenReasonDialog(ReasonAction action)
    {
        _reasonAction = action;
        _reason = null;
        _reasonInvalid = false;
        _reasonDialogOpen = true;
    }

    private async Task ConfirmReasonAsync()
    {
        var reason = _reason?.Trim() ?? string.Empty;
        if (_reasonAction == ReasonAction.Reject && reason.Length == 0)
        {
            _reasonInvalid = true;
            return;
        }

        _reasonDialogOpen = false;
        var action = _reasonAction == ReasonAction.Reject ? "reject" : "revoke";
        var done = _reasonAction == ReasonAction.Reject ? D["DoneRejected"] : D["DoneRevoked"];
        await RunActionAsync("act", new { documentId = DocumentId, action, reason }, done);
    }

    private async Task RunActionAsync(string function, object arguments, string? doneMessage)
    {
        _busy = true;
        _error = null;
        _errorDetail = null;
        _actionMessage = null;
        StateHasChanged();

        _module ??= await JS.InvokeAsync<IJSObjectReference>("import", CabinetScripts.Documents);
        var result = await _module.InvokeAsync<DocumentScriptResult>(function, arguments);
        _busy = false;
        if (!result.Ok)
        {
            _error = DocumentErrorText.For(D, L, result.Code);
            _errorDetail = result.Detail;
            await LoadAsync();
            return;
        }

        _actionMessage = doneMessage;
        await LoadAsync();
    }

    private string FileUrl(DocumentFile file, bool inline) =>
        $"/api/v1/documents/{DocumentId}/files/{file.Sha256}" + (inline ? "?inline=true" : string.Empty);

    private string ArchiveUrl => $"/api/v1/documents/{DocumentId}/archive";

    private string SignatureUrl(SignatureView signature) => $"/api/v1/documents/{DocumentId}/signatures/{signature.Id}";

    private async Task<CabinetUser?> CurrentUserAsync() =>
        AuthenticationState is null ? null : CabinetUser.From((await AuthenticationState).User);

    public async ValueTask DisposeAsync()
    {
        await _disposed.CancelAsync();
        _disposed.Dispose();
        if (_module is not null)
        {
            try
            {
                await _module.DisposeAsync();
            }
            catch (JSDisconnectedException)
            {
                // The circuit is gone, and the module went with it.
            }
        }
    }
}
