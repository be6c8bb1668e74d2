namespace Idocs.Documents.Documents;

/// <summary>Error codes of the document aggregate, its packages, folders and deletion rules.</summary>
public static class DocumentErrorCodes
{
    /// <summary>
    /// The requested status change is not in the transition table for the document's kind; the
    /// message names the current and the requested status. The document is unchanged.
    /// </summary>
    public const string IllegalStatusTransition = "documents.illegal_status_transition";

    /// <summary>A rejection was requested without a reason; the user must say why.</summary>
    public const string RejectionReasonRequired = "documents.rejection_reason_required";

    /// <summary>
    /// Revocation was requested after the counterparty signed; only annulment by agreement of both
    /// sides can end such a document.
    /// </summary>
    public const string RevocationAfterCounterpartySignature = "documents.revocation_after_counterparty_signature";

    /// <summary>
    /// An annulment was confirmed by the side that proposed it, or without a proposal; the other
    /// side must confirm.
    /// </summary>
    public const string AnnulmentNeedsOtherParty = "documents.annulment_needs_other_party";

    public const string InvalidTitle = "documents.invalid_title";

    public const string InvalidNumber = "documents.invalid_number";

    public const string InvalidAmount = "documents.invalid_amount";

    public const string InvalidCounterparty = "documents.invalid_counterparty";

    public const string InvalidFreeField = "documents.invalid_free_field";

    /// <summary>A document was created without a file, or a package without documents.</summary>
    public const string FileRequired = "documents.file_required";

    /// <summary>The same file (by SHA-256) was attached twice to one document.</summary>
    public const string DuplicateFile = "documents.duplicate_file";

    /// <summary>A folder was given for an external document; only internal documents live in folders.</summary>
    public const string FolderOnlyForInternal = "documents.folder_only_for_internal";

    /// <summary>An external document was sent on its way without a counterparty.</summary>
    public const string CounterpartyRequired = "documents.counterparty_required";

    /// <summary>
    /// The same BIN, IIN or email was given for two counterparties of one document, or more than
    /// <c>Document.MaxCounterparties</c> were given.
    /// </summary>
    public const string InvalidCounterparties = "documents.invalid_counterparties";

    /// <summary>A counterparty action named a party that is not a counterparty of the document.</summary>
    public const string UnknownCounterparty = "documents.unknown_counterparty";

    /// <summary>
    /// The document was to become signed by all parties while at least one counterparty has not
    /// signed yet.
    /// </summary>
    public const string CounterpartiesPending = "documents.counterparties_pending";

    /// <summary>Access was granted to the author, who already has full access.</summary>
    public const string GrantToAuthor = "documents.grant_to_author";

    /// <summary>The same party's signer signed the same file twice; the first signature is kept.</summary>
    public const string AlreadySigned = "documents.already_signed";

    /// <summary>The document's status does not accept the action, for example a signature in draft.</summary>
    public const string WrongStatusForAction = "documents.wrong_status_for_action";

    /// <summary>Deletion is refused by the deletion rules; the message names the rule.</summary>
    public const string DeletionNotAllowed = "documents.deletion_not_allowed";

    /// <summary>The document was signed by a counterparty, so only platform support can delete it on request.</summary>
    public const string DeletionNeedsSupportRequest = "documents.deletion_needs_support_request";

    /// <summary>A deletion request is missing the required data; support rejects it with a comment.</summary>
    public const string DeletionRequestIncomplete = "documents.deletion_request_incomplete";

    /// <summary>A deletion request was already decided; a decision cannot change.</summary>
    public const string DeletionRequestAlreadyDecided = "documents.deletion_request_already_decided";

    /// <summary>The counterparty whose email was to change is registered, so it is reached in its profile, not by email.</summary>
    public const string CounterpartyNotByEmail = "documents.counterparty_not_by_email";
}
