using System.Text.Json;
using Idocs.Common.Results;

namespace Idocs.Workflows.Activities.Builtin;

/// <summary>
/// Starts an instance of another definition and waits for it to end. The child gets the parent's
/// variables named in <c>variables</c> (all of them when the input is absent). Completes with
/// <see cref="Rejected"/> when the child ends with the result <c>rejected</c> or is cancelled.
/// </summary>
public sealed class SubProcessActivity : IWaitingActivity
{
    public const string TypeName = "SubProcess";

    public const string Completed = "Completed";

    public const string Rejected = "Rejected";

    public ActivityDescriptor Descriptor { get; } = new()
    {
        Type = TypeName,
        Description = "Runs another published definition as a child instance and waits for it to end.",
        Behavior = ActivityBehavior.Waiting,
        Inputs =
        [
            new InputDescriptor("definition", InputKind.Text, Required: true, "Id of the child definition."),
            new InputDescriptor("version", InputKind.WholeNumber, Required: false, "Pinned child version; default the latest published."),
            new InputDescriptor("variables", InputKind.TextList, Required: false, "Parent variables copied to the child; default all."),
        ],
        Outcomes = [Completed, Rejected],
    };

    public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var names = context.FindInput("variables") is { ValueKind: JsonValueKind.Array } list
            ? list.EnumerateArray().Select(item => item.GetString()!).ToHashSet(StringComparer.Ordinal)
            : null;
        var variables = context.Variables
            .Where(pair => names is null || names.Contains(pair.Key))
            .ToDictionary(pair => pair.Key, pair => pair.Value.Clone(), StringComparer.Ordinal);

        context.StartSubProcess(context.GetText("definition")!, context.GetWholeNumber("version"), variables);
        return ValueTask.FromResult(ActivityResult.Wait());
    }

    public ValueTask<ActivityResult> ResumeAsync(ActivityContext context, BookmarkResumption resumption, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(resumption);
        var result = resumption.Decision is Completed or Rejected
            ? ActivityResult.Complete(resumption.Decision)
            : ActivityResult.RejectResume(new Error(
                WorkflowErrorCodes.InvalidResumeInput, $"A SubProcess step is resumed with '{Completed}' or '{Rejected}', not '{resumption.Decision}'."));
        return ValueTask.FromResult(result);
    }
}
