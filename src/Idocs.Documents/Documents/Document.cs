using Idocs.Common.Results;
using Idocs.Documents.Statuses;

namespace Idocs.Documents.Documents;

/// <summary>
/// A document: its details, files, access and signatures, and its status. Every status change goes
/// through <see cref="DocumentStatusTransitions"/>; a refused change returns an error and leaves the
/// document exactly as it was.
/// </summary>
public sealed class Document
{
    public const int MaxTitleLength = 500;
    public const int MaxNumberLength = 100;
    public const int MaxFreeFields = 50;
    public const int MaxFreeFieldKeyLength = 100;
    public const int MaxFreeFieldValueLength = 2000;
    public const int MaxRejectionReasonLength = 2000;
    public const int MaxCounterparties = 20;

    /// <summary>
    /// The progress a counterparty can still view, sign or reject from. Pending counts too, because
    /// the document's status already shows whether it was sent.
    /// </summary>
    private static readonly CounterpartyProgress[] Unanswered =
        [CounterpartyProgress.Pending, CounterpartyProgress.Sent, CounterpartyProgress.Delivered, CounterpartyProgress.Viewed];

    private readonly List<DocumentFile> _files;
    private readonly List<AccessGrant> _grants;
    private readonly List<RecordedSignature> _signatures;
    private readonly List<DocumentCounterparty> _counterparties;
    private readonly Dictionary<string, string> _freeFields;

    private Document(DocumentSnapshot snapshot)
    {
        Id = snapshot.Id;
        OwnerProfileId = snapshot.OwnerProfileId;
        Kind = snapshot.Kind;
        Number = snapshot.Number;
        Date = snapshot.Date;
        Title = snapshot.Title;
        AuthorId = snapshot.AuthorId;
        Status = snapshot.Status;
        CreatedAt = snapshot.CreatedAt;
        Version = snapshot.Version;
        Amount = snapshot.Amount;
        FolderId = snapshot.FolderId;
        PackageId = snapshot.PackageId;
        RejectionReason = snapshot.RejectionReason;
        AnnulmentProposedBy = snapshot.AnnulmentProposedBy;
        IsDeleted = snapshot.IsDeleted;
        _files = [.. snapshot.Files];
        _grants = [.. snapshot.Grants];
        _signatures = [.. snapshot.Signatures];
        _counterparties = [.. snapshot.Counterparties];
        _freeFields = new Dictionary<string, string>(snapshot.FreeFields, StringComparer.Ordinal);
    }

    public Guid Id { get; }

    /// <summary>The company, sole proprietor or individual profile this copy belongs to.</summary>
    public Guid OwnerProfileId { get; }

    public DocumentKind Kind { get; }

    public string Number { get; }

    public DateOnly Date { get; }

    public string Title { get; }

    public Guid AuthorId { get; }

    public DocumentStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; }

    /// <summary>The version this instance was loaded with; stores compare it on update.</summary>
    public int Version { get; }

    public Money? Amount { get; }

    /// <summary>The parties of an external document with each one's progress, in the author's order.</summary>
    public IReadOnlyList<DocumentCounterparty> Counterparties => _counterparties;

    /// <summary>
    /// The first counterparty, which lists show as the document's counterparty. On an incoming copy
    /// it is the sender. Actions that concern every counterparty read <see cref="Counterparties"/>.
    /// </summary>
    public Counterparty? Counterparty => _counterparties.Count > 0 ? _counterparties[0].Party : null;

    /// <summary>True when the document has counterparties and every one of them has signed.</summary>
    public bool AllCounterpartiesSigned =>
        _counterparties.Count > 0 && _counterparties.All(party => party.Progress == CounterpartyProgress.Signed);

    public Guid? FolderId { get; }

    public Guid? PackageId { get; }

    /// <summary>The reason of the last rejection; cleared when the document returns to draft.</summary>
    public string? RejectionReason { get; private set; }

    /// <summary>The side that proposed annulment and waits for the other side to confirm.</summary>
    public SigningParty? AnnulmentProposedBy { get; private set; }

    public bool IsDeleted { get; private set; }

    public IReadOnlyList<DocumentFile> Files => _files;

    public IReadOnlyList<AccessGrant> Grants => _grants;

    public IReadOnlyList<RecordedSignature> Signatures => _signatures;

    public IReadOnlyDictionary<string, string> FreeFields => _freeFields;

    /// <summary>
    /// True once the receiving side signed: the counterparty of an outgoing document, or the owner
    /// of an incoming copy. From then on the sender can no longer revoke.
    /// </summary>
    public bool HasReceiverSignature => Kind switch
    {
        DocumentKind.ExternalOutgoing => _signatures.Any(signature => signature.Party == SigningParty.Counterparty),
        DocumentKind.ExternalIncoming => _signatures.Any(signature => signature.Party == SigningParty.Owner),
        _ => false,
    };

    public static Result<Document> Create(NewDocument input, Guid id, DateTimeOffset createdAt)
    {
        ArgumentNullException.ThrowIfNull(input);

        var validation = DocumentValidation.Validate(input);
        if (!validation.IsSuccess)
        {
            return validation.Error;
        }

        var snapshot = new DocumentSnapshot
        {
            Id = id,
            OwnerProfileId = input.OwnerProfileId,
            Kind = input.Kind,
            Number = input.Number.Trim(),
            Date = input.Date,
            Title = input.Title.Trim(),
            AuthorId = input.AuthorId,
            Status = DocumentStatusTransitions.InitialStatus(input.Kind),
            CreatedAt = createdAt,
            Version = 0,
            Amount = input.Amount,
            Counterparties = [.. (input.Counterparties ?? []).Select(DocumentCounterparty.Awaiting)],
            FolderId = input.FolderId,
            PackageId = input.PackageId,
            Files = [.. input.Files],
            FreeFields = [.. input.FreeFields],
        };
        return new Document(snapshot);
    }

    /// <summary>Rebuilds a document from stored data without validation; stores call this.</summary>
    public static Document Restore(DocumentSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return new Document(snapshot);
    }

    public DocumentSnapshot ToSnapshot() => new()
    {
        Id = Id,
        OwnerProfileId = OwnerProfileId,
        Kind = Kind,
        Number = Number,
        Date = Date,
        Title = Title,
        AuthorId = AuthorId,
        Status = Status,
        CreatedAt = CreatedAt,
        Version = Version,
        Amount = Amount,
        Counterparties = [.. _counterparties],
        FolderId = FolderId,
        PackageId = PackageId,
        RejectionReason = RejectionReason,
        AnnulmentProposedBy = AnnulmentProposedBy,
        IsDeleted = IsDeleted,
        Files = [.. _files],
        Grants = [.. _grants],
        Signatures = [.. _signatures],
        FreeFields = [.. _freeFields.OrderBy(field => field.Key, StringComparer.Ordinal)],
    };

    public Result SubmitForApproval() => MoveTo(DocumentStatus.OnApproval);

    public Result CompleteApproval() => MoveTo(DocumentStatus.Approved);

    public Result StartSigning() => MoveTo(DocumentStatus.OnSigning);

    /// <summary>
    /// Ends this side's signing: an outgoing document becomes signed and sent, an internal or
    /// incoming one becomes signed by all parties.
    /// </summary>
    public Result CompleteOwnSigning() => MoveTo(
        Kind == DocumentKind.ExternalOutgoing ? DocumentStatus.SignedAndSent : DocumentStatus.SignedByAllParties);

    public Result MarkDelivered() => MoveTo(DocumentStatus.Delivered);

    public Result MarkViewedByCounterparty() => MoveTo(DocumentStatus.ViewedByCounterparty);

    /// <summary>Marks an outgoing document signed by all parties once every counterparty has signed.</summary>
    public Result CompleteCounterpartySigning()
    {
        if (Kind == DocumentKind.ExternalOutgoing && !AllCounterpartiesSigned)
        {
            var waiting = _counterparties.Where(party => party.Progress != CounterpartyProgress.Signed).Select(party => party.Party.Identifier);
            return new Error(
                DocumentErrorCodes.CounterpartiesPending,
                $"Document {Id} is not signed by all parties yet: {string.Join(", ", waiting)} still have to sign.");
        }

        return MoveTo(DocumentStatus.SignedByAllParties);
    }

    /// <summary>Returns the counterparty with this BIN, IIN or email, or null.</summary>
    public DocumentCounterparty? FindCounterparty(string identifier) =>
        _counterparties.Find(party => string.Equals(party.Party.Identifier, identifier, StringComparison.OrdinalIgnoreCase));

    /// <summary>Returns the registered counterparty that received this incoming copy, or null.</summary>
    public DocumentCounterparty? FindCounterpartyByCopy(Guid incomingCopyId) =>
        _counterparties.Find(party => party.IncomingCopyId == incomingCopyId);

    /// <summary>
    /// Records that the document went to <paramref name="party"/>. An incoming copy makes the party
    /// delivered and an emailed link makes it sent. The first delivery makes the whole document delivered.
    /// </summary>
    public Result MarkDispatched(Counterparty party, Guid? incomingCopyId)
    {
        ArgumentNullException.ThrowIfNull(party);
        var index = IndexOfAwaiting(party, CounterpartyProgress.Pending);
        if (!index.IsSuccess)
        {
            return index.Error;
        }

        if (incomingCopyId is not null)
        {
            var delivered = Status == DocumentStatus.SignedAndSent ? MarkDelivered() : Result.Success();
            if (!delivered.IsSuccess)
            {
                return delivered;
            }
        }

        _counterparties[index.Value] = _counterparties[index.Value] with
        {
            Progress = incomingCopyId is null ? CounterpartyProgress.Sent : CounterpartyProgress.Delivered,
            IncomingCopyId = incomingCopyId,
        };
        return Result.Success();
    }

    /// <summary>
    /// Records that <paramref name="party"/> opened the document, and moves the document to
    /// delivered and viewed when it is not there yet. Returns false when the party had already viewed it.
    /// </summary>
    public Result<bool> MarkViewedBy(Counterparty party)
    {
        ArgumentNullException.ThrowIfNull(party);
        var index = IndexOfAwaiting(party, Unanswered);
        if (!index.IsSuccess)
        {
            return index.Error;
        }

        if (_counterparties[index.Value].Progress == CounterpartyProgress.Viewed)
        {
            return false;
        }

        if (Kind != DocumentKind.ExternalOutgoing
            || Status is not (DocumentStatus.SignedAndSent or DocumentStatus.Delivered or DocumentStatus.ViewedByCounterparty))
        {
            return new Error(
                DocumentErrorCodes.WrongStatusForAction,
                $"Document {Id} in status {Status} is not waiting for its counterparties to open it.");
        }

        var moved = Status == DocumentStatus.SignedAndSent ? MarkDelivered() : Result.Success();
        if (moved.IsSuccess && Status == DocumentStatus.Delivered)
        {
            moved = MarkViewedByCounterparty();
        }

        if (!moved.IsSuccess)
        {
            return moved.Error;
        }

        _counterparties[index.Value] = _counterparties[index.Value] with { Progress = CounterpartyProgress.Viewed };
        return true;
    }

    /// <summary>
    /// Adds the accepted signature of <paramref name="party"/>. The document becomes signed by all
    /// parties only through <see cref="CompleteCounterpartySigning"/>, once every counterparty signed.
    /// </summary>
    public Result RecordCounterpartySignature(Counterparty party, RecordedSignature signature)
    {
        ArgumentNullException.ThrowIfNull(party);
        ArgumentNullException.ThrowIfNull(signature);
        var index = IndexOfAwaiting(party, Unanswered);
        if (!index.IsSuccess)
        {
            return index.Error;
        }

        var recorded = AddSignature(signature with { Party = SigningParty.Counterparty });
        if (recorded.IsSuccess)
        {
            _counterparties[index.Value] = _counterparties[index.Value] with { Progress = CounterpartyProgress.Signed };
        }

        return recorded;
    }

    /// <summary>
    /// Replaces the email of an unregistered counterparty that has neither signed nor rejected yet, keeping its
    /// progress. The caller retires the old address's links and sends a new one.
    /// </summary>
    public Result ReplaceCounterpartyEmail(string currentEmail, Counterparty replacement)
    {
        ArgumentNullException.ThrowIfNull(replacement);

        var index = _counterparties.FindIndex(candidate => string.Equals(candidate.Party.Identifier, currentEmail?.Trim(), StringComparison.OrdinalIgnoreCase));
        if (index < 0)
        {
            return new Error(DocumentErrorCodes.UnknownCounterparty, $"'{currentEmail}' is not a counterparty of document {Id}.");
        }

        var current = _counterparties[index];
        if (current.Party.Kind != CounterpartyIdentifierKind.Email || replacement.Kind != CounterpartyIdentifierKind.Email)
        {
            return new Error(
                DocumentErrorCodes.CounterpartyNotByEmail,
                $"Counterparty '{current.Party.Identifier}' of document {Id} is registered; only an email counterparty's address can change.");
        }

        if (current.HasAnswered || Status is not (DocumentStatus.SignedAndSent or DocumentStatus.Delivered or DocumentStatus.ViewedByCounterparty))
        {
            return new Error(
                DocumentErrorCodes.WrongStatusForAction,
                $"Document {Id} is {Status} and counterparty '{current.Party.Identifier}' is {current.Progress}; the email changes only while the counterparty has not answered.");
        }

        if (_counterparties.Any(candidate => string.Equals(candidate.Party.Identifier, replacement.Identifier, StringComparison.OrdinalIgnoreCase)))
        {
            return new Error(CommonErrorCodes.InvalidInput, $"'{replacement.Identifier}' is already a counterparty of document {Id}; enter another email.");
        }

        _counterparties[index] = current with { Party = replacement };
        return Result.Success();
    }

    /// <summary>Rejects the document on behalf of <paramref name="party"/>: one counterparty's rejection rejects it for all.</summary>
    public Result RejectBy(Counterparty party, string? reason)
    {
        ArgumentNullException.ThrowIfNull(party);
        var index = IndexOfAwaiting(party, Unanswered);
        if (!index.IsSuccess)
        {
            return index.Error;
        }

        var rejected = Reject(reason);
        if (rejected.IsSuccess)
        {
            _counterparties[index.Value] = _counterparties[index.Value] with { Progress = CounterpartyProgress.Rejected };
        }

        return rejected;
    }

    /// <summary>Returns the document to its author's draft, for example after a rejection or a route change.</summary>
    public Result ReturnToDraft() => MoveTo(DocumentStatus.Draft);

    public Result Reject(string? reason)
    {
        var trimmed = reason?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            return new Error(
                DocumentErrorCodes.RejectionReasonRequired,
                $"Document {Id} cannot be rejected without a reason; write why it is rejected.");
        }

        if (trimmed.Length > MaxRejectionReasonLength)
        {
            return new Error(
                DocumentErrorCodes.RejectionReasonRequired,
                $"The rejection reason has {trimmed.Length} characters; shorten it to {MaxRejectionReasonLength}.");
        }

        var moved = MoveTo(DocumentStatus.Rejected);
        if (moved.IsSuccess)
        {
            RejectionReason = trimmed;
        }

        return moved;
    }

    /// <summary>Withdraws a sent document; allowed only until the receiving side signs.</summary>
    public Result Revoke()
    {
        if (HasReceiverSignature)
        {
            return new Error(
                DocumentErrorCodes.RevocationAfterCounterpartySignature,
                $"Document {Id} is already signed by the receiving side and cannot be revoked; annul it by agreement instead.");
        }

        return MoveTo(DocumentStatus.Revoked);
    }

    /// <summary>
    /// Records one side's proposal to annul a document signed by all parties. An internal document
    /// has one side, so the proposal annuls it at once.
    /// </summary>
    public Result ProposeAnnulment(SigningParty proposer)
    {
        var check = CheckTransition(DocumentStatus.Annulled);
        if (!check.IsSuccess)
        {
            return check;
        }

        if (Kind == DocumentKind.Internal)
        {
            return MoveTo(DocumentStatus.Annulled);
        }

        AnnulmentProposedBy = proposer;
        return Result.Success();
    }

    /// <summary>Annuls the document when the side other than the proposer confirms.</summary>
    public Result ConfirmAnnulment(SigningParty confirmer)
    {
        if (AnnulmentProposedBy is null || AnnulmentProposedBy == confirmer)
        {
            return new Error(
                DocumentErrorCodes.AnnulmentNeedsOtherParty,
                $"Document {Id} is annulled only when one side proposes and the other side confirms.");
        }

        var moved = MoveTo(DocumentStatus.Annulled);
        if (moved.IsSuccess)
        {
            AnnulmentProposedBy = null;
        }

        return moved;
    }

    /// <summary>
    /// Changes the status to <paramref name="target"/> when the table allows it. Rejection and
    /// annulment need their own methods because they carry a reason or an agreement.
    /// </summary>
    public Result ChangeStatus(DocumentStatus target) => target switch
    {
        DocumentStatus.Rejected => Reject(null),
        DocumentStatus.Revoked => Revoke(),
        DocumentStatus.Annulled => new Error(
            DocumentErrorCodes.AnnulmentNeedsOtherParty,
            $"Document {Id} is annulled through a proposal and a confirmation by the other side."),
        _ => MoveTo(target),
    };

    /// <summary>
    /// Adds an accepted signature. The owner signs while the document is on signing; the
    /// counterparty signs an outgoing document after it was sent.
    /// </summary>
    public Result RecordSignature(RecordedSignature signature)
    {
        ArgumentNullException.ThrowIfNull(signature);
        if (signature.Party == SigningParty.Owner)
        {
            return AddSignature(signature);
        }

        // A signature on a document with one counterparty is that counterparty's. With several, the caller names the party.
        return _counterparties.Count == 1
            ? RecordCounterpartySignature(_counterparties[0].Party, signature)
            : new Error(
                DocumentErrorCodes.UnknownCounterparty,
                $"Document {Id} has {_counterparties.Count} counterparties; name the counterparty that signed.");
    }

    private Result AddSignature(RecordedSignature signature)
    {
        var statusAccepts = signature.Party == SigningParty.Owner
            ? Status == DocumentStatus.OnSigning
            : Kind == DocumentKind.ExternalOutgoing
              && Status is DocumentStatus.SignedAndSent or DocumentStatus.Delivered or DocumentStatus.ViewedByCounterparty;
        if (!statusAccepts)
        {
            return new Error(
                DocumentErrorCodes.WrongStatusForAction,
                $"Document {Id} in status {Status} does not accept a signature from the {signature.Party} side.");
        }

        if (_files.All(file => file.Sha256 != signature.FileSha256))
        {
            return new Error(
                CommonErrorCodes.InvalidInput,
                $"File {signature.FileSha256} is not a file of document {Id}.");
        }

        var duplicate = _signatures.Any(existing =>
            existing.Party == signature.Party
            && existing.SignerIin == signature.SignerIin
            && existing.FileSha256 == signature.FileSha256);
        if (duplicate)
        {
            return new Error(
                DocumentErrorCodes.AlreadySigned,
                $"Document {Id} already carries this signer's signature on file {signature.FileSha256}.");
        }

        _signatures.Add(signature);
        return Result.Success();
    }

    public Result Grant(Guid employeeId, AccessMode mode)
    {
        if (employeeId == AuthorId)
        {
            return new Error(
                DocumentErrorCodes.GrantToAuthor,
                $"Employee {employeeId} is the author of document {Id} and already has full access.");
        }

        _grants.RemoveAll(grant => grant.EmployeeId == employeeId);
        _grants.Add(new AccessGrant(employeeId, mode));
        return Result.Success();
    }

    public void RemoveGrant(Guid employeeId) => _grants.RemoveAll(grant => grant.EmployeeId == employeeId);

    /// <summary>The author or an employee with editor access.</summary>
    public bool CanEdit(Guid employeeId) =>
        employeeId == AuthorId || _grants.Any(grant => grant.EmployeeId == employeeId && grant.Mode == AccessMode.Editor);

    public bool CanView(Guid employeeId) =>
        employeeId == AuthorId || _grants.Any(grant => grant.EmployeeId == employeeId);

    /// <summary>Marks the document deleted; <c>DocumentDeletionPolicy</c> decides whether that is allowed.</summary>
    internal void MarkDeleted() => IsDeleted = true;

    /// <summary>Finds <paramref name="party"/> among the counterparties when its progress is one of <paramref name="expected"/>.</summary>
    private Result<int> IndexOfAwaiting(Counterparty party, params CounterpartyProgress[] expected)
    {
        var index = _counterparties.FindIndex(candidate => candidate.Party.Identifier == party.Identifier);
        if (index < 0)
        {
            return new Error(
                DocumentErrorCodes.UnknownCounterparty,
                $"'{party.Identifier}' is not a counterparty of document {Id}.");
        }

        var progress = _counterparties[index].Progress;
        if (!expected.Contains(progress))
        {
            return new Error(
                progress == CounterpartyProgress.Signed ? DocumentErrorCodes.AlreadySigned : DocumentErrorCodes.WrongStatusForAction,
                $"Counterparty '{party.Identifier}' of document {Id} is {progress}; the action needs it to be {string.Join(" or ", expected)}.");
        }

        return index;
    }

    private Result MoveTo(DocumentStatus target)
    {
        var check = CheckTransition(target);
        if (!check.IsSuccess)
        {
            return check;
        }

        if (target == DocumentStatus.Draft)
        {
            RejectionReason = null;
        }

        Status = target;
        return Result.Success();
    }

    private Result CheckTransition(DocumentStatus target)
    {
        if (IsDeleted || !DocumentStatusTransitions.IsAllowed(Kind, Status, target))
        {
            return new Error(
                DocumentErrorCodes.IllegalStatusTransition,
                $"Document {Id} ({Kind}) cannot change status from {Status} to {target}{(IsDeleted ? " because it is deleted" : string.Empty)}.");
        }

        if (Kind == DocumentKind.ExternalOutgoing && target == DocumentStatus.SignedAndSent && Counterparty is null)
        {
            return new Error(
                DocumentErrorCodes.CounterpartyRequired,
                $"Document {Id} has no counterparty to send it to; add a counterparty before signing.");
        }

        return Result.Success();
    }
}
