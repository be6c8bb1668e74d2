using System.Text.Json;
using Idocs.Workflows.Participants;

namespace Idocs.Workflows.Notifications;

/// <summary>
/// A notification a Notify step asks for. The sink resolves recipients to people and addresses and
/// renders <see cref="Template"/> with <see cref="Variables"/>.
/// </summary>
public sealed record NotificationRequest
{
    public Guid InstanceId { get; init; }

    public required string DefinitionId { get; init; }

    public required string ActivityId { get; init; }

    /// <summary>Template key, for example <c>route-rejected</c>.</summary>
    public required string Template { get; init; }

    /// <summary>Recipients; variable participants are already resolved to user participants.</summary>
    public IReadOnlyList<Participant> Recipients { get; init; } = [];

    public IReadOnlyDictionary<string, JsonElement> Variables { get; init; } = new Dictionary<string, JsonElement>();
}
