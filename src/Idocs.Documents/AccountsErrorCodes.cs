namespace Idocs.Documents;

/// <summary>
/// Stable codes of the expected failures of accounts: registration, login, sessions, employees,
/// rights and the director change. The cabinet looks up its text by the code.
/// </summary>
public static class AccountsErrorCodes
{
    /// <summary>A company registration used a certificate issued to an individual; a legal-entity certificate is needed.</summary>
    public const string LegalEntityCertificateRequired = "accounts.legal_entity_certificate_required";

    /// <summary>
    /// A company registration used a legal-entity certificate whose owner is neither the first head
    /// nor an employee with the right to sign.
    /// </summary>
    public const string CompanySignerNotAuthorized = "accounts.company_signer_not_authorized";

    /// <summary>A sole proprietor or individual registration used a legal-entity certificate.</summary>
    public const string IndividualCertificateRequired = "accounts.individual_certificate_required";

    /// <summary>The certificate carries no IIN, or a company certificate carries no BIN.</summary>
    public const string CertificateIdentifierMissing = "accounts.certificate_identifier_missing";

    /// <summary>
    /// A profile with this BIN or IIN already exists. The person joins it instead: its Director or
    /// an Admin invites them by IIN.
    /// </summary>
    public const string ProfileAlreadyRegistered = "accounts.profile_already_registered";

    /// <summary>Neither the certificate nor the request gives an email, and a profile needs one.</summary>
    public const string EmailMissing = "accounts.email_missing";

    /// <summary>An IIN or BIN is not 12 digits or its check digit is wrong.</summary>
    public const string InvalidIdentificationNumber = "accounts.invalid_identification_number";

    /// <summary>An email address is not a valid address.</summary>
    public const string InvalidEmail = "accounts.invalid_email";

    /// <summary>No challenge has the id; it was never issued or was already cleaned up.</summary>
    public const string ChallengeNotFound = "accounts.challenge_not_found";

    /// <summary>The challenge was issued to another browser session or origin than the one that signed it.</summary>
    public const string ChallengeBindingMismatch = "accounts.challenge_binding_mismatch";

    /// <summary>A registration challenge was used to log in, or the other way round.</summary>
    public const string ChallengePurposeMismatch = "accounts.challenge_purpose_mismatch";

    /// <summary>The challenge was already used once (a replay). Each challenge is single use.</summary>
    public const string ChallengeAlreadyUsed = "accounts.challenge_already_used";

    /// <summary>The challenge expired before a signed response arrived, so the client requests a new one.</summary>
    public const string ChallengeExpired = "accounts.challenge_expired";

    /// <summary>
    /// The signature does not verify: it is not over the issued challenge or does not match the key of
    /// the certificate it carries. The certificate signature verifier returns this code.
    /// </summary>
    public const string ChallengeSignatureInvalid = "accounts.challenge_signature_invalid";

    /// <summary>
    /// The challenge was signed with another certificate's key than the one the client claimed to use.
    /// </summary>
    public const string ChallengeSignedByAnotherKey = "accounts.challenge_signed_by_another_key";

    /// <summary>
    /// The certificate does not chain to a configured trust anchor. The certificate signature verifier
    /// returns this code.
    /// </summary>
    public const string CertificateUntrusted = "accounts.certificate_untrusted";

    /// <summary>The certificate's validity period ended.</summary>
    public const string CertificateExpired = "accounts.certificate_expired";

    /// <summary>The certificate's validity period has not started yet.</summary>
    public const string CertificateNotYetValid = "accounts.certificate_not_yet_valid";

    /// <summary>The certificate is revoked, as reported by OCSP or a CRL.</summary>
    public const string CertificateRevoked = "accounts.certificate_revoked";

    /// <summary>
    /// The revocation status could not be checked now (OCSP responder and CRL unavailable). This is
    /// not "invalid": the user tries again later.
    /// </summary>
    public const string CertificateRevocationUnknown = "accounts.certificate_revocation_unknown";

    /// <summary>
    /// The certificate's key is for signing only, and login needs an authentication key (AUTH) or a
    /// key for both uses, as certificates issued since 2022 have.
    /// </summary>
    public const string CertificateNotForAuthentication = "accounts.certificate_not_for_authentication";

    /// <summary>
    /// The person logged in with a valid certificate but has no profile and no invitation. They
    /// register a profile or ask a company's Director or Admin to invite them by IIN.
    /// </summary>
    public const string NoProfileForPerson = "accounts.no_profile_for_person";

    /// <summary>Every profile the person belongs to has blocked them.</summary>
    public const string NoActiveMembership = "accounts.no_active_membership";

    /// <summary>The person chose a profile they are not an active member of.</summary>
    public const string ProfileNotAvailable = "accounts.profile_not_available";

    /// <summary>The session token is malformed or no session has it.</summary>
    public const string SessionNotFound = "accounts.session_not_found";

    /// <summary>The session's lifetime ended; the person logs in again.</summary>
    public const string SessionExpired = "accounts.session_expired";

    /// <summary>The session was ended: logout, or the employee was blocked.</summary>
    public const string SessionRevoked = "accounts.session_revoked";

    /// <summary>The operation acts on a profile, and the session has not selected one yet.</summary>
    public const string NoProfileSelected = "accounts.no_profile_selected";

    /// <summary>The person is not an active member of the current profile (never invited, or dismissed).</summary>
    public const string NotActiveMember = "accounts.not_active_member";

    /// <summary>The employee is blocked in the current profile.</summary>
    public const string EmployeeBlocked = "accounts.employee_blocked";

    /// <summary>The employee lacks the right the operation needs.</summary>
    public const string RightMissing = "accounts.right_missing";

    /// <summary>The operation is open only to some roles (for example Director or Admin), and the employee has another.</summary>
    public const string RoleRequired = "accounts.role_required";

    /// <summary>An individual's profile has no employees, so nobody can be invited to it.</summary>
    public const string ProfileHasNoEmployees = "accounts.profile_has_no_employees";

    /// <summary>The profile already has an employee (invited, active or blocked) with this IIN.</summary>
    public const string EmployeeAlreadyInvited = "accounts.employee_already_invited";

    /// <summary>
    /// The Director role is never given or taken by editing an employee: it changes only through an
    /// approved director change request.
    /// </summary>
    public const string DirectorRoleNotAssignable = "accounts.director_role_not_assignable";

    /// <summary>
    /// The right comes with a role (employee management, billing) and cannot be granted on its own.
    /// </summary>
    public const string RightNotGrantable = "accounts.right_not_grantable";

    /// <summary>A Moderator tried to create, change or block an Admin, or to make someone an Admin.</summary>
    public const string ActorOutranked = "accounts.actor_outranked";

    /// <summary>The Director or owner cannot be blocked; a director change comes first.</summary>
    public const string CannotBlockDirector = "accounts.cannot_block_director";

    /// <summary>An employee tried to block themselves.</summary>
    public const string CannotBlockSelf = "accounts.cannot_block_self";

    public const string EmployeeAlreadyBlocked = "accounts.employee_already_blocked";

    public const string EmployeeNotBlocked = "accounts.employee_not_blocked";

    /// <summary>Only company profiles have a director to change; a sole proprietor or individual profile does not.</summary>
    public const string DirectorChangeOnlyForCompanies = "accounts.director_change_only_for_companies";

    /// <summary>The director change request has no appointment order file; it is required.</summary>
    public const string AppointmentOrderMissing = "accounts.appointment_order_missing";

    /// <summary>A required field of the director change request is empty; the message names it.</summary>
    public const string DirectorChangeFieldMissing = "accounts.director_change_field_missing";

    /// <summary>The future director's IIN is the current director's.</summary>
    public const string FutureDirectorIsCurrent = "accounts.future_director_is_current";

    /// <summary>The company already has a director change request waiting for support.</summary>
    public const string DirectorChangeAlreadyPending = "accounts.director_change_already_pending";

    /// <summary>The director change request was already approved or rejected.</summary>
    public const string DirectorChangeAlreadyReviewed = "accounts.director_change_already_reviewed";

    /// <summary>Support rejected a request without a comment; the comment tells the company what to fix.</summary>
    public const string ReviewCommentRequired = "accounts.review_comment_required";

    /// <summary>A notification setting names an event that does not exist.</summary>
    public const string UnknownNotificationEvent = "accounts.unknown_notification_event";
}
