namespace Idocs.Workflows.Activities;

/// <summary>One declared input of an activity type.</summary>
public sealed record InputDescriptor(string Name, InputKind Kind, bool Required, string Description)
{
    /// <summary>Allowed values of a <see cref="InputKind.Choice"/> input; the first is the default.</summary>
    public IReadOnlyList<string> Choices { get; init; } = [];
}
