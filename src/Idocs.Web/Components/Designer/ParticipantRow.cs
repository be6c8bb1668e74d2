namespace Idocs.Web.Components.Designer;

/// <summary>One participant seat as the side panel edits it: <see cref="Kind"/> is user, role, right or variable.</summary>
public sealed class ParticipantRow
{
    public string Kind { get; set; } = "role";

    public string Value { get; set; } = string.Empty;
}
