using System.Globalization;
using System.Text.Json;
using Idocs.Common.Results;
using Idocs.Documents.Documents;
using Idocs.Documents.Flow;
using Idocs.Documents.Passport;
using Idocs.Documents.Routes.Activities;
using Idocs.Documents.Signing;
using Idocs.Documents.Statuses;
using Idocs.Documents.Uploads;
using Idocs.Signatures.Reports;
using Idocs.Workflows.Persistence;
using Idocs.Workflows.Runtime;

namespace Idocs.Web.Cabinet.Documents;

/// <summary>
/// Reads a document for its page: the access check of <see cref="ReadDocument"/>, then the route
/// instance, the passport, the stored validation reports and the names of the people involved.
/// Resolved per call in its own scope through <see cref="CabinetServices"/>.
/// </summary>
public sealed class DocumentCardReader(
    ReadDocument readDocument,
    IPassportStore passport,
    IWorkflowStore workflows,
    IEmployeeFactsPort employees,
    IFileStore files)
{
    private static readonly string[] TimelineKinds =
        [BookmarkKinds.Approval, BookmarkKinds.Signature, DocumentBookmarkKinds.Dispatch, DocumentBookmarkKinds.Counterparty];

    private readonly Dictionary<Guid, EmployeeSigningFacts?> _people = [];

    public async Task<Result<DocumentCard>> ReadAsync(Guid documentId, Guid employeeId, CancellationToken cancellationToken)
    {
        var read = await readDocument.GetAsync(documentId, employeeId, cancellationToken);
        if (!read.IsSuccess)
        {
            return read.Error;
        }

        var document = read.Value;
        var me = await FindPersonAsync(employeeId, cancellationToken);
        var events = await passport.ListAsync(document.Id, cancellationToken);
        var instanceId = DocumentRouteLink.FindInstanceId(events);
        var instance = instanceId is { } id ? await workflows.GetInstanceAsync(id, cancellationToken) : null;

        var route = instance is null ? [] : await ReadRouteAsync(instance, cancellationToken);
        var passportLines = events
            .Select(entry => new PassportLine(entry.Sequence, entry.Type, entry.Actor.Name, entry.OccurredAt, entry.IpAddress, entry.CertificateSerial))
            .ToList();
        var signatures = new List<SignatureView>(document.Signatures.Count);
        foreach (var signature in document.Signatures)
        {
            signatures.Add(await ReadSignatureAsync(signature, cancellationToken));
        }

        var author = events.FirstOrDefault(entry => entry.Type == PassportEventType.Created)?.Actor.Name
            ?? (await FindPersonAsync(document.AuthorId, cancellationToken))?.FullName;
        var actions = me is null ? DocumentCardActions.None : ActionsFor(document, instance, me);
        return new DocumentCard(document, author, route, passportLines, signatures, actions);
    }

    /// <summary>Works out which buttons to show with the same rules the use cases apply.</summary>
    private static DocumentCardActions ActionsFor(Document document, WorkflowInstance? instance, EmployeeSigningFacts me)
    {
        var actor = RouteActors.For(me);
        var approval = instance is null ? null : RouteTurns.FindFor(instance, actor, BookmarkKinds.Approval);
        var signature = instance is null ? null : RouteTurns.FindFor(instance, actor, BookmarkKinds.Signature);
        var filesToSign = signature is null
            ? []
            : document.Files
                .Where(file => !document.Signatures.Any(existing =>
                    existing.Party == SigningParty.Owner && existing.SignerIin == me.Iin && existing.FileSha256 == file.Sha256))
                .Select(file => file.Sha256)
                .ToList();

        var isOutgoingEditor = document.Kind == DocumentKind.ExternalOutgoing && document.CanEdit(me.EmployeeId);
        var canRevoke = isOutgoingEditor
            && !document.HasReceiverSignature
            && DocumentStatusTransitions.IsAllowed(document.Kind, document.Status, DocumentStatus.Revoked);
        var canRemind = isOutgoingEditor
            && document.Counterparty is not null
            && document.Status is DocumentStatus.SignedAndSent or DocumentStatus.Delivered or DocumentStatus.ViewedByCounterparty;

        return new DocumentCardActions(
            CanApprove: approval is not null,
            CanSign: filesToSign.Count > 0,
            CanReject: approval is not null || signature is not null,
            CanRevoke: canRevoke,
            CanRemind: canRemind,
            FilesToSign: filesToSign)
        {
            CanStartSigning = document.Kind == DocumentKind.ExternalIncoming
                && (instance is null || instance.IsFinished)
                && document.Status is DocumentStatus.Delivered or DocumentStatus.ViewedByCounterparty
                && me.Rights.Contains(SigningRight.SignIncoming),
        };
    }

    private async Task<List<RouteStepView>> ReadRouteAsync(WorkflowInstance instance, CancellationToken cancellationToken)
    {
        var steps = new List<RouteStepView>();
        var seats = instance.Bookmarks
            .Where(bookmark => TimelineKinds.Contains(bookmark.Kind, StringComparer.Ordinal))
            .OrderBy(bookmark => bookmark.CreatedAt)
            .ThenBy(bookmark => bookmark.Sequence ?? 0);
        foreach (var bookmark in seats)
        {
            var participants = new List<string>();
            foreach (var userId in bookmark.Gate.UserIds)
            {
                participants.Add(await NameOfAsync(userId, cancellationToken));
            }

            participants.AddRange(bookmark.Gate.Roles);
            participants.AddRange(bookmark.Gate.Rights);
            var closedBy = bookmark.ClosedBy is null ? null : await NameOfAsync(bookmark.ClosedBy, cancellationToken);
            steps.Add(new RouteStepView(bookmark.Kind, participants, bookmark.Status, bookmark.CreatedAt, bookmark.ClosedAt, closedBy, bookmark.Decision));
        }

        return steps;
    }

    private async Task<SignatureView> ReadSignatureAsync(RecordedSignature signature, CancellationToken cancellationToken)
    {
        var signer = signature.EmployeeId is { } employeeId ? await FindPersonAsync(employeeId, cancellationToken) : null;
        return new SignatureView(
            signature.Id,
            signature.Party,
            signer?.FullName,
            signature.SignerIin,
            signature.SignerBin,
            signature.CertificateSerial,
            signature.FileSha256,
            signature.SignedAt,
            await CheckOfAsync(signature, cancellationToken));
    }

    /// <summary>Reads the overall result from the report stored at acceptance, a JSON array of reports under its SHA-256.</summary>
    private async Task<SignatureCheck> CheckOfAsync(RecordedSignature signature, CancellationToken cancellationToken)
    {
        var reference = signature.ReportReference;
        if (reference is not { Length: 64 } || !reference.All(char.IsAsciiHexDigitLower))
        {
            return SignatureCheck.ReportMissing;
        }

        var json = await files.GetAsync(reference, cancellationToken);
        if (json is null)
        {
            return SignatureCheck.ReportMissing;
        }

        List<ValidationReport>? reports;
        try
        {
            reports = JsonSerializer.Deserialize<List<ValidationReport>>(json);
        }
        catch (JsonException)
        {
            return SignatureCheck.ReportMissing;
        }

        var report = reports?.FirstOrDefault(candidate => SameSerial(candidate.Signer?.CertificateSerial, signature.CertificateSerial))
            ?? reports?.FirstOrDefault();
        return report?.Indication switch
        {
            Indication.TotalPassed => SignatureCheck.Valid,
            Indication.TotalFailed => SignatureCheck.Invalid,
            null => SignatureCheck.ReportMissing,
            _ => SignatureCheck.Indeterminate,
        };
    }

    private async Task<string> NameOfAsync(string userId, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(userId, CultureInfo.InvariantCulture, out var employeeId))
        {
            return userId;
        }

        return (await FindPersonAsync(employeeId, cancellationToken))?.FullName ?? userId;
    }

    private async Task<EmployeeSigningFacts?> FindPersonAsync(Guid employeeId, CancellationToken cancellationToken)
    {
        if (!_people.TryGetValue(employeeId, out var facts))
        {
            facts = await employees.FindAsync(employeeId, cancellationToken);
            _people[employeeId] = facts;
        }

        return facts;
    }

    private static bool SameSerial(string? left, string right) =>
        left is not null && string.Equals(left.TrimStart('0'), right.TrimStart('0'), StringComparison.OrdinalIgnoreCase);
}
