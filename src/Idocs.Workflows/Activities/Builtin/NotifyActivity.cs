using Idocs.Workflows.Notifications;
using Idocs.Workflows.Participants;

namespace Idocs.Workflows.Activities.Builtin;

/// <summary>Asks the <see cref="INotificationSink"/> to notify participants; a sink failure opens an incident.</summary>
public sealed class NotifyActivity(INotificationSink sink) : IActivity
{
    public const string TypeName = "Notify";

    public const string Done = "Done";

    public ActivityDescriptor Descriptor { get; } = new()
    {
        Type = TypeName,
        Description = "Sends a notification built from a template to users, roles or rights.",
        Inputs =
        [
            new InputDescriptor("recipients", InputKind.Participants, Required: true, "Who is notified."),
            new InputDescriptor("template", InputKind.Text, Required: true, "Notification template key."),
        ],
        Outcomes = [Done],
    };

    public async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var recipients = context.GetParticipants("recipients");
        if (!recipients.IsSuccess)
        {
            return ActivityResult.Fault(recipients.Error.Message);
        }

        var resolved = new List<Participant>();
        foreach (var recipient in recipients.Value)
        {
            var gate = context.ResolveGate(recipient);
            if (!gate.IsSuccess)
            {
                return ActivityResult.Fault(gate.Error.Message);
            }

            resolved.Add(recipient.Kind == ParticipantKind.Variable ? new Participant(ParticipantKind.User, gate.Value.UserIds[0]) : recipient);
        }

        var request = new NotificationRequest
        {
            InstanceId = context.InstanceId,
            DefinitionId = context.DefinitionId,
            ActivityId = context.Activity.Id,
            Template = context.GetText("template")!,
            Recipients = resolved,
            Variables = context.Variables.ToDictionary(pair => pair.Key, pair => pair.Value.Clone(), StringComparer.Ordinal),
        };
        var sent = await sink.EnqueueAsync(request, context.UnitOfWork, cancellationToken);
        return sent.IsSuccess ? ActivityResult.Complete(Done) : ActivityResult.Fault(sent.Error.Message);
    }
}
