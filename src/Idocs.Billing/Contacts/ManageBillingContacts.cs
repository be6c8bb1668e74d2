using System.Net.Mail;
using Idocs.Billing.Actors;
using Idocs.Billing.Subscriptions;
using Idocs.Common.Results;
using Microsoft.Extensions.Options;

namespace Idocs.Billing.Contacts;

/// <summary>Edits the extra billing contact emails of Billing / Payment (Director, Admin and Moderator).</summary>
public sealed class ManageBillingContacts(IBillingAccountStore accounts, IOptions<BillingOptions> options)
{
    public const int MaxEmailLength = 254;

    public async Task<Result<IReadOnlyList<string>>> GetAsync(Guid companyId, CancellationToken cancellationToken)
    {
        var account = await accounts.FindAsync(companyId, cancellationToken).ConfigureAwait(false);
        if (account is null)
        {
            return BillingAccountErrors.NotFound(companyId);
        }

        return Result<IReadOnlyList<string>>.Success(account.BillingContacts);
    }

    /// <summary>Replaces the list; duplicates (ignoring case) are kept once.</summary>
    public async Task<Result<IReadOnlyList<string>>> ReplaceAsync(
        BillingActor actor, Guid companyId, IReadOnlyList<string> emails, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(emails);
        var permission = BillingPermissions.RequireCompanyBillingManager(actor, "edit billing contacts");
        if (!permission.IsSuccess)
        {
            return permission.Error;
        }

        var cleaned = new List<string>();
        foreach (var raw in emails)
        {
            var email = raw?.Trim() ?? string.Empty;
            if (email.Length > MaxEmailLength || !MailAddress.TryCreate(email, out var address) || address.Address != email)
            {
                return new Error(
                    CommonErrorCodes.InvalidInput,
                    $"The billing contact '{Truncate(email)}' is not a valid email address; enter one address such as accounting@example.kz.");
            }

            if (!cleaned.Contains(email, StringComparer.OrdinalIgnoreCase))
            {
                cleaned.Add(email);
            }
        }

        if (cleaned.Count > options.Value.MaxBillingContacts)
        {
            return new Error(
                CommonErrorCodes.InvalidInput,
                $"{cleaned.Count} billing contacts were given; keep at most {options.Value.MaxBillingContacts}.");
        }

        var account = await accounts.FindAsync(companyId, cancellationToken).ConfigureAwait(false);
        if (account is null)
        {
            return BillingAccountErrors.NotFound(companyId);
        }

        account.ReplaceBillingContacts(cleaned);
        if (!await accounts.TrySaveAsync(account, cancellationToken).ConfigureAwait(false))
        {
            return BillingAccountErrors.SavedByAnother(companyId);
        }

        return Result<IReadOnlyList<string>>.Success(account.BillingContacts);
    }

    private static string Truncate(string value) => value.Length <= 64 ? value : value[..64] + "…";
}
