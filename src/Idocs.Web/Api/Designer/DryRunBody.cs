using System.Text.Json;
using Idocs.Workflows.Designer.DryRun;

namespace Idocs.Web.Api.Designer;

/// <summary>The sample document's fields, the people who act and the outcomes chosen per step.</summary>
public sealed record DryRunBody(
    Dictionary<string, JsonElement>? Fields,
    List<DryRunParticipant>? Participants,
    Dictionary<string, string>? Decisions,
    string? StarterUserId);
