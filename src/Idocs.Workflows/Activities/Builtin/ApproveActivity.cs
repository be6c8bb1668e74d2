using Idocs.Workflows.Runtime;

namespace Idocs.Workflows.Activities.Builtin;

/// <summary>Approval by participants; resumed with <see cref="Approved"/> or <see cref="Rejected"/>.</summary>
public sealed class ApproveActivity() : ParticipantStepActivity(
    TypeName, "Participants approve or reject.", Approved, Rejected, BookmarkKinds.Approval)
{
    public const string TypeName = "Approve";

    public const string Approved = "Approved";

    public const string Rejected = "Rejected";
}
