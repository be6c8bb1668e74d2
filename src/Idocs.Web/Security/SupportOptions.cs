namespace Idocs.Web.Security;

/// <summary>Settings of the <c>Accounts:Support</c> section: who may log in as platform support.</summary>
public sealed class SupportOptions
{
    public const string SectionName = "Accounts:Support";

    public IList<SupportAgentOptions> Agents { get; } = [];
}
