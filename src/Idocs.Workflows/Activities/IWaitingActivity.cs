namespace Idocs.Workflows.Activities;

/// <summary>An activity that creates bookmarks and continues when one of them is resumed.</summary>
public interface IWaitingActivity : IActivity
{
    /// <summary>
    /// Continues after <paramref name="resumption"/>. The runner has already marked the bookmark as
    /// completed with the decision; returning <see cref="ActivityResult.RejectResume"/> undoes that.
    /// </summary>
    ValueTask<ActivityResult> ResumeAsync(
        ActivityContext context, BookmarkResumption resumption, CancellationToken cancellationToken);
}
