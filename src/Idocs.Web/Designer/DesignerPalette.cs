using System.Text.Json;
using Idocs.Workflows.Activities;

namespace Idocs.Web.Designer;

/// <summary>The palette the canvas and the side panel use: every registered activity type with its inputs and outcomes.</summary>
public sealed class DesignerPalette(ActivityRegistry registry)
{
    public IReadOnlyList<ActivityDescriptor> Descriptors { get; } =
        registry.Descriptors.OrderBy(descriptor => descriptor.Type, StringComparer.Ordinal).ToList();

    public ActivityDescriptor? Find(string type) => Descriptors.FirstOrDefault(descriptor => descriptor.Type == type);

    /// <summary>Returns the JSON the canvas module reads: type, behavior and outcomes per activity type.</summary>
    public string ToCanvasJson() => JsonSerializer.Serialize(
        Descriptors.Select(descriptor => new { type = descriptor.Type, behavior = descriptor.Behavior.ToString(), outcomes = descriptor.Outcomes }));
}
