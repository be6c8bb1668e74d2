namespace Idocs.Workflows.Activities;

/// <summary>
/// Activity types by name. The engine registers the built-in types; other modules add theirs (the
/// document module adds Dispatch and AwaitCounterparty) before definitions are validated.
/// </summary>
public sealed class ActivityRegistry
{
    private readonly Dictionary<string, IActivity> _activities = new(StringComparer.Ordinal);

    public IEnumerable<ActivityDescriptor> Descriptors => _activities.Values.Select(activity => activity.Descriptor);

    /// <summary>Adds an activity type; a second type with the same name is a programming error.</summary>
    public ActivityRegistry Register(IActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (!_activities.TryAdd(activity.Descriptor.Type, activity))
        {
            throw new InvalidOperationException($"Activity type '{activity.Descriptor.Type}' is already registered.");
        }

        return this;
    }

    public IActivity? Find(string type) => _activities.GetValueOrDefault(type);
}
