using Idocs.Workflows.Definitions;

namespace Idocs.Workflows.Tests.Support;

/// <summary>Small definitions shared by runtime tests.</summary>
public static class RouteDefinitions
{
    /// <summary>Start, one Approve by the given participants, End approved or rejected.</summary>
    public static WorkflowDefinition SingleApproval(int version = 1, object? approveInputs = null, string id = "single-approval") =>
        DefinitionBuilder.Create(id)
            .Activity("start", "Start")
            .Activity("approve", "Approve", approveInputs ?? new { participants = new[] { new { role = "Director" } } })
            .Activity("approved", "End", new { result = "approved" })
            .Activity("rejected", "End", new { result = "rejected" })
            .Connect("start", "Done", "approve")
            .Connect("approve", "Approved", "approved")
            .Connect("approve", "Rejected", "rejected")
            .Build(version);

    /// <summary>A Fork with one Approve per role in parallel and a Join in the given mode.</summary>
    public static WorkflowDefinition ParallelApprovals(string mode, params string[] roles)
    {
        var builder = DefinitionBuilder.Create("parallel")
            .Activity("start", "Start")
            .Activity("fork", "Fork")
            .Activity("join", "Join", new { fork = "fork", mode })
            .Activity("end", "End", new { result = "approved" })
            .Activity("rejected", "End", new { result = "rejected" })
            .Connect("start", "Done", "fork")
            .Connect("join", "Done", "end");
        foreach (var role in roles)
        {
            var id = $"approve-{role.ToUpperInvariant()}";
            builder.Activity(id, "Approve", new { participants = new[] { new { role } } })
                .Connect("fork", "Branch", id)
                .Connect(id, "Approved", "join")
                .Connect(id, "Rejected", "rejected");
        }

        return builder.Build();
    }
}
