namespace Idocs.Workflows.Activities;

/// <summary>Metadata of an activity type: what the designer offers and what the validator checks.</summary>
public sealed record ActivityDescriptor
{
    /// <summary>Type name used in definitions, for example <c>Approve</c>.</summary>
    public required string Type { get; init; }

    public required string Description { get; init; }

    public ActivityBehavior Behavior { get; init; } = ActivityBehavior.Automatic;

    public IReadOnlyList<InputDescriptor> Inputs { get; init; } = [];

    /// <summary>Named outcomes the activity completes with; connections may leave only through these.</summary>
    public IReadOnlyList<string> Outcomes { get; init; } = [];

    public InputDescriptor? FindInput(string name) =>
        Inputs.FirstOrDefault(input => string.Equals(input.Name, name, StringComparison.Ordinal));
}
