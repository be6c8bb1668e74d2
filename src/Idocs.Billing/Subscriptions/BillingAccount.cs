using Idocs.Billing.Periods;
using Idocs.Billing.Plans;
using Idocs.Common.Ids;
using Idocs.Common.Results;

namespace Idocs.Billing.Subscriptions;

/// <summary>
/// A company's billing state: its time zone, free trial, plan timeline and extra billing contacts.
/// The timeline is a list of <see cref="SubscriptionTerm"/> entries ordered by start; entries that
/// start in the future are the scheduled changes.
/// </summary>
public sealed class BillingAccount
{
    private readonly List<SubscriptionTerm> _terms = [];
    private readonly List<string> _billingContacts = [];

    private BillingAccount(Guid companyId, string timeZoneId, DateTimeOffset registeredAt, DateTimeOffset trialEndsAt)
    {
        CompanyId = companyId;
        TimeZoneId = timeZoneId;
        RegisteredAt = registeredAt;
        TrialEndsAt = trialEndsAt;
    }

    public Guid CompanyId { get; }

    /// <summary>The IANA time zone that sets the company's periods and local dates.</summary>
    public string TimeZoneId { get; }

    public DateTimeOffset RegisteredAt { get; }

    public DateTimeOffset TrialEndsAt { get; }

    public IReadOnlyList<SubscriptionTerm> Terms => _terms;

    /// <summary>Extra emails that receive billing mail besides the Director, Admins and Moderators.</summary>
    public IReadOnlyList<string> BillingContacts => _billingContacts;

    /// <summary>Opens an account at registration with a free trial of <paramref name="trialLength"/>.</summary>
    public static Result<BillingAccount> Open(Guid companyId, string? timeZoneId, DateTimeOffset registeredAt, TimeSpan trialLength)
    {
        if (companyId == Guid.Empty)
        {
            return new Error(CommonErrorCodes.InvalidInput, "The company id is empty; pass the registered company's id.");
        }

        if (trialLength < TimeSpan.Zero)
        {
            return new Error(CommonErrorCodes.InvalidInput, $"The trial length {trialLength} is negative; configure zero or more.");
        }

        var timeZone = LocalCalendar.FindTimeZone(timeZoneId);
        if (!timeZone.IsSuccess)
        {
            return timeZone.Error;
        }

        return new BillingAccount(companyId, timeZone.Value.Id, registeredAt, registeredAt + trialLength);
    }

    /// <summary>
    /// Rebuilds an account that storage loaded, with its timeline and contacts as saved. It skips the
    /// checks of <see cref="Open"/>, because the rows were valid when they were written.
    /// </summary>
    public static BillingAccount Restore(
        Guid companyId,
        string timeZoneId,
        DateTimeOffset registeredAt,
        DateTimeOffset trialEndsAt,
        IEnumerable<SubscriptionTerm> terms,
        IEnumerable<string> billingContacts)
    {
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(billingContacts);
        var account = new BillingAccount(companyId, timeZoneId, registeredAt, trialEndsAt);
        account._terms.AddRange(terms.OrderBy(term => term.StartsAt));
        account._billingContacts.AddRange(billingContacts);
        return account;
    }

    /// <summary>Returns a detached copy, as a fresh load from storage would; used by in-memory stores in tests.</summary>
    internal BillingAccount Copy()
    {
        var copy = new BillingAccount(CompanyId, TimeZoneId, RegisteredAt, TrialEndsAt);
        copy._terms.AddRange(_terms);
        copy._billingContacts.AddRange(_billingContacts);
        return copy;
    }

    public TimeZoneInfo GetTimeZone() => TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);

    public TrialStatus GetTrialStatus(DateTimeOffset now) =>
        now < TrialEndsAt
            ? new TrialStatus(true, TrialEndsAt, TrialEndsAt - now)
            : new TrialStatus(false, TrialEndsAt, TimeSpan.Zero);

    /// <summary>Returns the timeline entry in force at <paramref name="instant"/>, or null before the first plan.</summary>
    public SubscriptionTerm? TermAt(DateTimeOffset instant) => _terms.LastOrDefault(term => term.StartsAt <= instant);

    /// <summary>
    /// Returns the entry in force on a local date: the last one that starts on or before that date.
    /// The day an entry starts belongs to it, so a day is never charged twice.
    /// </summary>
    public SubscriptionTerm? TermOn(DateOnly localDate)
    {
        var timeZone = GetTimeZone();
        return _terms.LastOrDefault(term => LocalCalendar.DateAt(term.StartsAt, timeZone) <= localDate);
    }

    public SubscriptionStatus GetStatus(DateTimeOffset now)
    {
        var current = TermAt(now);
        var next = _terms.FirstOrDefault(term => term.StartsAt > now);
        return new SubscriptionStatus(
            current?.Plan,
            current?.Custom,
            current?.StoragePackageCode,
            GetTrialStatus(now),
            next is null ? null : new ScheduledPlanChange(next.StartsAt, next.Plan, next.StoragePackageCode));
    }

    /// <summary>
    /// Connects a plan when none is in force. During the trial it is scheduled for the trial's end,
    /// so the free days are kept; afterwards it takes effect at once.
    /// </summary>
    public Result Connect(PlanCode plan, string? storagePackageCode, Guid requestedBy, DateTimeOffset now)
    {
        if (plan == PlanCode.Custom)
        {
            return CustomNeedsApproval();
        }

        var current = TermAt(now);
        if (current?.Plan is { } inForce)
        {
            return Result.Failure(
                BillingErrorCodes.PlanAlreadyInForce,
                $"The plan {inForce.DisplayName()} is already in force; change it instead, and the change takes effect when the current period ends.");
        }

        var startsAt = GetTrialStatus(now).IsActive ? TrialEndsAt : now;
        ReplaceFutureTerms(now, NewTerm(startsAt, plan, null, storagePackageCode, requestedBy, now));
        return Result.Success();
    }

    /// <summary>
    /// Changes the plan or storage package at the end of the current period. Asking for what is in
    /// force cancels a scheduled change; a newer request replaces an older scheduled one.
    /// </summary>
    public Result Change(PlanCode plan, string? storagePackageCode, Guid requestedBy, DateTimeOffset now)
    {
        if (plan == PlanCode.Custom)
        {
            return CustomNeedsApproval();
        }

        var current = TermAt(now);
        if (current?.Plan is null)
        {
            return NoPlanToChange();
        }

        var hasScheduled = _terms.Any(term => term.StartsAt > now);
        if (current.Plan == plan && current.StoragePackageCode == storagePackageCode)
        {
            if (!hasScheduled)
            {
                return Result.Failure(
                    BillingErrorCodes.PlanAlreadyInForce,
                    $"The plan {plan.DisplayName()} with this storage package is already in force; choose another plan or package.");
            }

            _terms.RemoveAll(term => term.StartsAt > now);
            return Result.Success();
        }

        ReplaceFutureTerms(now, NewTerm(EndOfCurrentPeriod(now), plan, null, storagePackageCode, requestedBy, now));
        return Result.Success();
    }

    /// <summary>Disables the plan and storage package at the end of the current period.</summary>
    public Result Disable(Guid requestedBy, DateTimeOffset now)
    {
        if (TermAt(now)?.Plan is null)
        {
            return NoPlanToChange();
        }

        ReplaceFutureTerms(now, NewTerm(EndOfCurrentPeriod(now), null, null, null, requestedBy, now));
        return Result.Success();
    }

    public Result CancelScheduledChange(DateTimeOffset now)
    {
        if (_terms.RemoveAll(term => term.StartsAt > now) == 0)
        {
            return Result.Failure(BillingErrorCodes.NoScheduledChange, "No plan change is scheduled, so there is nothing to cancel.");
        }

        return Result.Success();
    }

    /// <summary>
    /// Starts an approved Custom plan at <paramref name="startsAt"/>, replacing whatever was
    /// scheduled from then on.
    /// </summary>
    public void StartCustomPlan(CustomPlanTerms custom, string? storagePackageCode, DateTimeOffset startsAt, Guid approvedBy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(custom);
        _terms.RemoveAll(term => term.StartsAt >= startsAt);
        _terms.Add(NewTerm(startsAt, PlanCode.Custom, custom, storagePackageCode, approvedBy, now));
    }

    public void ReplaceBillingContacts(IEnumerable<string> emails)
    {
        ArgumentNullException.ThrowIfNull(emails);
        _billingContacts.Clear();
        _billingContacts.AddRange(emails);
    }

    /// <summary>Returns the instant the period containing <paramref name="now"/> ends in the company's time zone.</summary>
    public DateTimeOffset EndOfCurrentPeriod(DateTimeOffset now)
    {
        var timeZone = GetTimeZone();
        return BillingPeriod.Containing(now, timeZone).EndsAt(timeZone);
    }

    private void ReplaceFutureTerms(DateTimeOffset now, SubscriptionTerm term)
    {
        _terms.RemoveAll(existing => existing.StartsAt > now);
        _terms.Add(term);
    }

    private static SubscriptionTerm NewTerm(
        DateTimeOffset startsAt, PlanCode? plan, CustomPlanTerms? custom, string? storagePackageCode, Guid requestedBy, DateTimeOffset now) =>
        new(IdGenerator.NewId(), startsAt, plan, custom, storagePackageCode, requestedBy, now);

    private static Result CustomNeedsApproval() =>
        Result.Failure(
            BillingErrorCodes.CustomPlanNeedsApproval,
            "The Custom plan cannot be connected directly; send a Custom plan request with the PRO features you need, and a manager starts it after the agreement is signed.");

    private static Result NoPlanToChange() =>
        Result.Failure(BillingErrorCodes.NoPlanToChange, "No plan is in force, so there is nothing to change or disable; connect a plan instead.");
}
