namespace Idocs.Web.Api.Billing;

/// <summary>Settings of the <c>Billing:Api</c> configuration section.</summary>
public sealed class BillingApiOptions
{
    public const string SectionName = "Billing:Api";

    /// <summary>
    /// Person ids of the platform's managers and accountants, who edit price lists, approve Custom
    /// plans and mark payments. Empty by default, so no one has staff rights until configured.
    /// </summary>
    public IList<Guid> PlatformStaffPersonIds { get; } = [];
}
