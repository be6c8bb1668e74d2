namespace Idocs.Storage.Billing;

/// <summary>The company details an invoice shows.</summary>
/// <param name="Name">The registered name.</param>
/// <param name="Bin">The BIN (or the IIN of a sole proprietor).</param>
/// <param name="Address">The legal address, or null when the profile has none.</param>
/// <param name="Email">The company's own email, used when it has no staff with an email.</param>
public sealed record BillingCompanyRequisites(string Name, string Bin, string? Address, string? Email);
