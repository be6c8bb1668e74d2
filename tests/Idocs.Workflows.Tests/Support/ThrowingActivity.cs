using Idocs.Workflows.Activities;

namespace Idocs.Workflows.Tests.Support;

/// <summary>An activity whose execution throws, standing in for an extension with a bug or an infrastructure fault.</summary>
public sealed class ThrowingActivity : IActivity
{
    public const string TypeName = "Throwing";

    public ActivityDescriptor Descriptor { get; } = new() { Type = TypeName, Description = "Throws.", Outcomes = ["Done"] };

    public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken) =>
        throw new IOException("disk full");
}
