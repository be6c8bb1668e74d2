using Idocs.Workflows.Tests.Support;

namespace Idocs.Workflows.Tests.Scenarios;

/// <summary>
/// The scenario of every file in workflows/, by file name. A file without an entry here fails
/// <see cref="ShippedWorkflowScenarioTests.EveryShippedFile_HasScenario"/>.
/// </summary>
public static class ShippedScenarios
{
    public static IReadOnlyDictionary<string, WorkflowScenario> ByFileName { get; } = new Dictionary<string, WorkflowScenario>(StringComparer.Ordinal)
    {
        ["outgoing-two-stage.json"] = new(
            new { author = "author" },
            async run =>
            {
                await run.ActAsync("approvals", Actors.Accountant, "Approved");
                await run.ActAsync("approvals", Actors.Lawyer, "Approved");
                await run.ActAsync("director-sign", Actors.Director, "Signed");
                Assert.Equal(1, run.DispatchCount);
                await run.ActAsync("await-counterparty", Actors.Counterparty, "Signed");
            },
            "signed",
            async run =>
            {
                await run.ActAsync("approvals", Actors.Accountant, "Approved");
                await run.ActAsync("approvals", Actors.Lawyer, "Rejected");
                Assert.Equal(0, run.DispatchCount);
                Assert.Equal(["route-rejected"], run.NotificationTemplates);
            }),

        ["outgoing-amount-condition.json"] = new(
            new { author = "author", amount = 2500000, currency = "KZT" },
            async run =>
            {
                await run.ActAsync("cfo-approval", Actors.FinancialDirector, "Approved");
                await run.ActAsync("sign", Actors.Director, "Signed");
                await run.ActAsync("await-counterparty", Actors.Counterparty, "Signed");
                Assert.Equal(1, run.DispatchCount);
            },
            "signed",
            async run =>
            {
                await run.ActAsync("cfo-approval", Actors.FinancialDirector, "Rejected");
                Assert.Equal(0, run.DispatchCount);
                Assert.Equal(["route-rejected"], run.NotificationTemplates);
            }),

        ["incoming.json"] = new(
            new { },
            async run =>
            {
                Assert.Equal(1, await run.PassTimeAsync(TimeSpan.FromDays(2)));
                Assert.Equal(["approval-reminder"], run.NotificationTemplates);
                await run.ActAsync("review", Actors.Accountant, "Approved");
                await run.ActAsync("sign", Actors.Director, "Signed");
            },
            "signed",
            async run =>
            {
                await run.ActAsync("review", Actors.Accountant, "Approved");
                await run.ActAsync("sign", Actors.Director, "Declined");
                Assert.Equal(0, await run.PassTimeAsync(TimeSpan.FromDays(3)));
            }),

        ["outgoing-package.json"] = new(
            new { author = "author" },
            async run =>
            {
                await run.ActAsync("check", Actors.Accountant, "Approved");
                await run.ActAsync("sign", Actors.Director, "Signed");
                await run.ActAsync("await-counterparty", Actors.Counterparty, "Signed");
                Assert.Equal(1, run.DispatchCount);
            },
            "signed",
            async run =>
            {
                await run.ActAsync("check", Actors.Accountant, "Approved");
                await run.ActAsync("sign", Actors.Director, "Signed");
                await run.ActAsync("await-counterparty", Actors.Counterparty, "Rejected");
                Assert.Equal(["route-rejected"], run.NotificationTemplates);
            }),

        ["order-approval.json"] = new(
            new { initiator = "employee-7", amount = 750000 },
            async run =>
            {
                await run.ActAsync("legal-review", Actors.Lawyer, "Approved");
                await run.ActAsync("finance-review", Actors.Accountant, "Approved");
                await run.ActAsync("director-approval", Actors.Director, "Approved");
                Assert.Equal("approved", (await run.InstanceAsync()).Variables["status"].GetString());
                Assert.Equal(["order-approved"], run.NotificationTemplates);
            },
            "approved",
            async run =>
            {
                await run.ActAsync("legal-review", Actors.Lawyer, "Approved");
                await run.ActAsync("finance-review", Actors.Accountant, "Rejected");
                Assert.Equal(["order-rejected"], run.NotificationTemplates);
            }),

        ["leave-request.json"] = new(
            new { initiator = "employee-7", manager = "manager" },
            async run =>
            {
                Assert.Equal(1, await run.PassTimeAsync(TimeSpan.FromDays(1)));
                await run.ActAsync("manager-approval", Actors.Manager, "Approved");
                await run.ActAsync("hr-approval", Actors.Hr, "Approved");
                Assert.Equal(["leave-request-overdue", "leave-approved"], run.NotificationTemplates);
            },
            "approved",
            async run =>
            {
                await run.ActAsync("manager-approval", Actors.Manager, "Rejected");
                Assert.Equal(["leave-rejected"], run.NotificationTemplates);
            }),
    };
}
