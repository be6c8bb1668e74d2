using Idocs.Workflows.Notifications;

namespace Idocs.Workflows.Activities.Builtin;

/// <summary>Registers the engine's own activity types.</summary>
public static class BuiltinActivities
{
    public static ActivityRegistry CreateRegistry(INotificationSink notificationSink)
    {
        ArgumentNullException.ThrowIfNull(notificationSink);
        return new ActivityRegistry()
            .Register(new StartActivity())
            .Register(new EndActivity())
            .Register(new ApproveActivity())
            .Register(new SignActivity())
            .Register(new DecisionActivity())
            .Register(new ForkActivity())
            .Register(new JoinActivity())
            .Register(new NotifyActivity(notificationSink))
            .Register(new DeadlineActivity())
            .Register(new SetVariableActivity())
            .Register(new SubProcessActivity());
    }
}
