namespace Idocs.Web.Security;

/// <summary>One support agent: a stable id for audit entries, the name shown in them, and the IIN of their NCA certificate.</summary>
public sealed class SupportAgentOptions
{
    public Guid Id { get; set; }

    public string Name { get; set; } = string.Empty;

    public string Iin { get; set; } = string.Empty;
}
