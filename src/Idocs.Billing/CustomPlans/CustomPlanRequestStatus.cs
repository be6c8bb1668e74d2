namespace Idocs.Billing.CustomPlans;

public enum CustomPlanRequestStatus
{
    Pending,
    Approved,
    Rejected,
}
