using Idocs.Workflows.Definitions;

namespace Idocs.Storage.Tests.Workflows;

/// <summary>Definitions the workflow storage tests run, written in the shipped-file format.</summary>
internal static class TestWorkflows
{
    /// <summary>Start, one Approve by the Director role, End approved or rejected.</summary>
    public static WorkflowDefinition SingleApproval(string id) => Parse($$"""
        {
          "id": "{{id}}", "name": "Single approval", "kind": "route", "state": "published",
          "activities": [
            { "id": "start", "type": "Start" },
            { "id": "approve", "type": "Approve", "inputs": { "participants": [ { "role": "Director" } ] } },
            { "id": "approved", "type": "End", "inputs": { "result": "approved" } },
            { "id": "rejected", "type": "End", "inputs": { "result": "rejected" } }
          ],
          "connections": [
            { "from": "start", "outcome": "Done", "to": "approve" },
            { "from": "approve", "outcome": "Approved", "to": "approved" },
            { "from": "approve", "outcome": "Rejected", "to": "rejected" }
          ]
        }
        """);

    /// <summary>A Fork with four parallel Approve steps (roles R1..R4) and an all-of Join.</summary>
    public static WorkflowDefinition ParallelApprovals(string id) => Parse($$"""
        {
          "id": "{{id}}", "name": "Parallel approvals", "kind": "route", "state": "published",
          "activities": [
            { "id": "start", "type": "Start" },
            { "id": "fork", "type": "Fork" },
            { "id": "a1", "type": "Approve", "inputs": { "participants": [ { "role": "R1" } ] } },
            { "id": "a2", "type": "Approve", "inputs": { "participants": [ { "role": "R2" } ] } },
            { "id": "a3", "type": "Approve", "inputs": { "participants": [ { "role": "R3" } ] } },
            { "id": "a4", "type": "Approve", "inputs": { "participants": [ { "role": "R4" } ] } },
            { "id": "join", "type": "Join", "inputs": { "fork": "fork", "mode": "all-of" } },
            { "id": "end", "type": "End", "inputs": { "result": "approved" } },
            { "id": "rejected", "type": "End", "inputs": { "result": "rejected" } }
          ],
          "connections": [
            { "from": "start", "outcome": "Done", "to": "fork" },
            { "from": "fork", "outcome": "Branch", "to": "a1" },
            { "from": "fork", "outcome": "Branch", "to": "a2" },
            { "from": "fork", "outcome": "Branch", "to": "a3" },
            { "from": "fork", "outcome": "Branch", "to": "a4" },
            { "from": "a1", "outcome": "Approved", "to": "join" },
            { "from": "a2", "outcome": "Approved", "to": "join" },
            { "from": "a3", "outcome": "Approved", "to": "join" },
            { "from": "a4", "outcome": "Approved", "to": "join" },
            { "from": "a1", "outcome": "Rejected", "to": "rejected" },
            { "from": "a2", "outcome": "Rejected", "to": "rejected" },
            { "from": "a3", "outcome": "Rejected", "to": "rejected" },
            { "from": "a4", "outcome": "Rejected", "to": "rejected" },
            { "from": "join", "outcome": "Done", "to": "end" }
          ]
        }
        """);

    /// <summary>An Approve watched by a Deadline that sends a reminder after <paramref name="after"/>.</summary>
    public static WorkflowDefinition WatchedApproval(string id, string after) => Parse($$"""
        {
          "id": "{{id}}", "name": "Watched approval", "kind": "route", "state": "published",
          "activities": [
            { "id": "start", "type": "Start" },
            { "id": "fork", "type": "Fork" },
            { "id": "approve", "type": "Approve", "inputs": { "participants": [ { "role": "Director" } ] } },
            { "id": "deadline", "type": "Deadline", "inputs": { "after": "{{after}}", "action": "reminder" } },
            { "id": "remind", "type": "Notify", "inputs": { "recipients": [ { "role": "Director" } ], "template": "approval-reminder" } },
            { "id": "join", "type": "Join", "inputs": { "fork": "fork", "mode": "any-of" } },
            { "id": "end", "type": "End", "inputs": { "result": "approved" } },
            { "id": "rejected", "type": "End", "inputs": { "result": "rejected" } }
          ],
          "connections": [
            { "from": "start", "outcome": "Done", "to": "fork" },
            { "from": "fork", "outcome": "Branch", "to": "approve" },
            { "from": "fork", "outcome": "Branch", "to": "deadline" },
            { "from": "deadline", "outcome": "Reminder", "to": "remind" },
            { "from": "approve", "outcome": "Approved", "to": "join" },
            { "from": "approve", "outcome": "Rejected", "to": "rejected" },
            { "from": "join", "outcome": "Done", "to": "end" }
          ]
        }
        """);

    private static WorkflowDefinition Parse(string json)
    {
        var parsed = WorkflowJson.Deserialize(json);
        return parsed.IsSuccess ? parsed.Value : throw new InvalidOperationException(parsed.Error.Message);
    }
}
