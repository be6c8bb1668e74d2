namespace Idocs.Workflows.Activities;

/// <summary>
/// An activity type. Implementations are stateless singletons: everything that belongs to one
/// execution is read from and written to the <see cref="ActivityContext"/>. Expected failures are
/// <see cref="ActivityResult.Fault"/>; an exception is treated the same way and logged.
/// </summary>
public interface IActivity
{
    ActivityDescriptor Descriptor { get; }

    ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken);
}
