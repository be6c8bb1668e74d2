namespace Idocs.Workflows;

/// <summary>Stable codes of the expected failures of the route engine.</summary>
public static class WorkflowErrorCodes
{
    /// <summary>A definition file or request body is not valid JSON or does not match the definition shape.</summary>
    public const string InvalidDefinitionJson = "workflows.invalid_definition_json";

    /// <summary>The definition has validation problems; the message lists them with their activity ids.</summary>
    public const string InvalidDefinition = "workflows.invalid_definition";

    public const string DefinitionNotFound = "workflows.definition_not_found";

    /// <summary>An instance was requested from a draft version; publish it first.</summary>
    public const string DefinitionNotPublished = "workflows.definition_not_published";

    /// <summary>
    /// A read-only definition (a shipped file) was changed from the designer or the API; copy it under
    /// a new id instead.
    /// </summary>
    public const string DefinitionReadOnly = "workflows.definition_read_only";

    public const string InstanceNotFound = "workflows.instance_not_found";

    public const string BookmarkNotFound = "workflows.bookmark_not_found";

    public const string IncidentNotFound = "workflows.incident_not_found";

    /// <summary>The actor is not among the participants the bookmark admits (user, role or right).</summary>
    public const string Forbidden = "workflows.forbidden";

    /// <summary>
    /// A sequential step is waiting for an earlier participant; the caller shows that the turn has
    /// not come and may retry after the earlier participant acts.
    /// </summary>
    public const string OutOfTurn = "workflows.out_of_turn";

    /// <summary>
    /// The bookmark was already resumed, or its step finished without it (another participant
    /// completed an any-of step, the route was rejected or cancelled). A retried submission lands here
    /// unless it repeats the first request's idempotency key, which returns the first result instead.
    /// </summary>
    public const string AlreadyCompleted = "workflows.already_completed";

    /// <summary>
    /// The instance changed concurrently more times than the resumer retries; the caller may retry
    /// the whole request with the same idempotency key.
    /// </summary>
    public const string Conflict = "workflows.conflict";

    /// <summary>The instance is suspended; resumes are rejected until it is activated again.</summary>
    public const string InstanceSuspended = "workflows.instance_suspended";

    /// <summary>The instance is completed or cancelled, so it accepts no further commands.</summary>
    public const string InstanceNotActive = "workflows.instance_not_active";

    /// <summary>The instance is not in the state the command needs (for example activate when not suspended).</summary>
    public const string InvalidInstanceState = "workflows.invalid_instance_state";

    /// <summary>A timer bookmark was resumed before its due time.</summary>
    public const string TimerNotDue = "workflows.timer_not_due";

    /// <summary>The resume request's decision or data is not one the waiting activity accepts.</summary>
    public const string InvalidResumeInput = "workflows.invalid_resume_input";

    /// <summary>The idempotency key was already used by this actor for a different bookmark.</summary>
    public const string IdempotencyKeyReused = "workflows.idempotency_key_reused";

    /// <summary>The instance cannot move to the target version; the message names each wait that does not map.</summary>
    public const string MigrationRefused = "workflows.migration_refused";
}
