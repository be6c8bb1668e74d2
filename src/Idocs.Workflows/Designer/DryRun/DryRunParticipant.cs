using Idocs.Workflows.Runtime;

namespace Idocs.Workflows.Designer.DryRun;

/// <summary>A person the dry run lets act on waiting steps, with the roles and rights the company would resolve for them.</summary>
public sealed record DryRunParticipant(string UserId, IReadOnlyList<string> Roles, IReadOnlyList<string> Rights)
{
    public Actor ToActor() => Actor.User(UserId, Roles, Rights);
}
