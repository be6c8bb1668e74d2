namespace Idocs.Workflows.Participants;

public enum ParticipantKind
{
    /// <summary>One user, by user id.</summary>
    User,

    /// <summary>Any user holding the role, for example <c>Director</c>.</summary>
    Role,

    /// <summary>Any user holding the right, for example <c>sign-outgoing</c>.</summary>
    Right,

    /// <summary>The user whose id is stored in the named instance variable when the step starts.</summary>
    Variable,
}
