using Idocs.Billing.Periods;

namespace Idocs.Billing.Metering;

/// <summary>
/// One billable unit: an external document sent, or one file of a package sent. Storage keeps
/// (<see cref="DocumentId"/>, <see cref="FileId"/>) unique, which makes a retried dispatch count once.
/// </summary>
/// <param name="Id">The unit's id.</param>
/// <param name="CompanyId">The sending company.</param>
/// <param name="DocumentId">The document or package sent.</param>
/// <param name="FileId">The file of a package; for a single document, the document id again.</param>
/// <param name="SentAt">When the first dispatch happened.</param>
/// <param name="LocalDate">The local date of <paramref name="SentAt"/> in the company's time zone; it selects the price list.</param>
/// <param name="Period">
/// The billing period whose invoice charges the unit: the one containing <paramref name="LocalDate"/>,
/// or a later one when that period was already invoiced before the unit was recorded.
/// </param>
public sealed record MeteredUnit(
    Guid Id,
    Guid CompanyId,
    Guid DocumentId,
    Guid FileId,
    DateTimeOffset SentAt,
    DateOnly LocalDate,
    BillingPeriod Period);
