using System.Globalization;
using System.Text.Json;
using Idocs.Common.Results;
using Idocs.Documents.Routes.Activities;
using Idocs.Workflows.Activities.Builtin;
using Idocs.Workflows.Definitions;

namespace Idocs.Documents.Routes;

/// <summary>
/// Turns the stages an author picked into a route definition for the engine: Start, then one
/// Approve or Sign activity per stage in order, then End with the result "completed". A rejection
/// or a declined signature at any stage leads to End with the result "rejected". An outgoing
/// document's route adds Dispatch and AwaitCounterparty after the last stage; the counterparty's
/// rejection also ends with "rejected".
/// </summary>
public static class RouteDefinitionBuilder
{
    public const int MaxStages = 20;

    public const string CompletedEndId = "end-completed";

    public const string RejectedEndId = "end-rejected";

    /// <summary>The definition id of a document's own route.</summary>
    public static string DefinitionIdFor(Guid documentId) => $"document-route-{documentId:N}";

    public const string DispatchId = "dispatch";

    public const string AwaitCounterpartyId = "await-counterparty";

    public static Result<WorkflowDefinition> Build(Guid documentId, IReadOnlyList<RouteStage> stages) =>
        Build(documentId, stages, awaitCounterparty: false);

    /// <summary>Builds the route; <paramref name="awaitCounterparty"/> adds dispatch and the counterparty's answer.</summary>
    public static Result<WorkflowDefinition> Build(Guid documentId, IReadOnlyList<RouteStage> stages, bool awaitCounterparty)
    {
        ArgumentNullException.ThrowIfNull(stages);

        var check = Validate(stages);
        if (!check.IsSuccess)
        {
            return check.Error;
        }

        var activities = new List<ActivityDefinition>
        {
            new() { Id = "start", Type = StartActivity.TypeName, Position = new DisplayPosition(0, 0) },
        };
        var connections = new List<ConnectionDefinition>();
        var previous = ("start", StartActivity.Done);
        for (var index = 0; index < stages.Count; index++)
        {
            var stage = stages[index];
            var id = StageId(index);
            activities.Add(StageActivity(id, index, stage));
            connections.Add(new ConnectionDefinition(previous.Item1, previous.Item2, id));
            var (positive, negative) = stage.Kind == RouteStepKind.Approve
                ? (ApproveActivity.Approved, ApproveActivity.Rejected)
                : (SignActivity.Signed, SignActivity.Declined);
            connections.Add(new ConnectionDefinition(id, negative, RejectedEndId));
            previous = (id, positive);
        }

        var endColumn = stages.Count + 1;
        if (awaitCounterparty)
        {
            activities.Add(new ActivityDefinition
            {
                Id = DispatchId, Type = DispatchActivity.TypeName, Title = "Send to the counterparty", Position = new DisplayPosition(endColumn, 0),
            });
            activities.Add(new ActivityDefinition
            {
                Id = AwaitCounterpartyId, Type = AwaitCounterpartyActivity.TypeName, Title = "Counterparty signs", Position = new DisplayPosition(endColumn + 1, 0),
            });
            connections.Add(new ConnectionDefinition(previous.Item1, previous.Item2, DispatchId));
            connections.Add(new ConnectionDefinition(DispatchId, DispatchActivity.Dispatched, AwaitCounterpartyId));
            connections.Add(new ConnectionDefinition(AwaitCounterpartyId, AwaitCounterpartyActivity.Rejected, RejectedEndId));
            previous = (AwaitCounterpartyId, AwaitCounterpartyActivity.Signed);
            endColumn += 2;
        }

        connections.Add(new ConnectionDefinition(previous.Item1, previous.Item2, CompletedEndId));
        activities.Add(End(CompletedEndId, EndActivity.DefaultResult, endColumn, 0));
        activities.Add(End(RejectedEndId, EndActivity.RejectedResult, endColumn, 1));

        return new WorkflowDefinition
        {
            Id = DefinitionIdFor(documentId),
            Name = $"Route of document {documentId}",
            Kind = WorkflowKind.Route,
            Source = DefinitionSource.Api,
            Activities = activities,
            Connections = connections,
        };
    }

    /// <summary>The activity id of the stage at zero-based <paramref name="index"/>.</summary>
    public static string StageId(int index) => $"stage-{(index + 1).ToString(CultureInfo.InvariantCulture)}";

    private static Result Validate(IReadOnlyList<RouteStage> stages)
    {
        if (stages.Count is 0 or > MaxStages)
        {
            return Result.Failure(
                RouteErrorCodes.InvalidStageCount, $"A route needs 1 to {MaxStages} stages, but {stages.Count} were given.");
        }

        for (var index = 0; index < stages.Count; index++)
        {
            var participants = stages[index].EmployeeIds;
            if (participants is null || participants.Count == 0 || participants.Distinct().Count() != participants.Count)
            {
                return Result.Failure(
                    RouteErrorCodes.InvalidStage, $"Stage {index + 1} needs at least one participant and no employee twice.");
            }
        }

        return stages.Any(stage => stage.Kind == RouteStepKind.Sign)
            ? Result.Success()
            : Result.Failure(RouteErrorCodes.SigningStageRequired, "The route has no signing stage; add the employees who sign.");
    }

    private static ActivityDefinition StageActivity(string id, int index, RouteStage stage)
    {
        var participants = stage.EmployeeIds.Select(employeeId => new Dictionary<string, string> { ["user"] = employeeId.ToString() });
        return new ActivityDefinition
        {
            Id = id,
            Type = stage.Kind == RouteStepKind.Approve ? ApproveActivity.TypeName : SignActivity.TypeName,
            Title = stage.Kind == RouteStepKind.Approve ? $"Approval, stage {index + 1}" : $"Signing, stage {index + 1}",
            Position = new DisplayPosition(index + 1, 0),
            Inputs = new Dictionary<string, JsonElement>(StringComparer.Ordinal)
            {
                ["participants"] = JsonSerializer.SerializeToElement(participants),
                ["completion"] = JsonSerializer.SerializeToElement(
                    stage.Completion == RouteCompletion.AllOf ? ParticipantStepActivity.AllOf : ParticipantStepActivity.AnyOf),
                ["order"] = JsonSerializer.SerializeToElement(ParticipantStepActivity.Parallel),
            },
        };
    }

    private static ActivityDefinition End(string id, string result, int column, int row) => new()
    {
        Id = id,
        Type = EndActivity.TypeName,
        Position = new DisplayPosition(column, row),
        Inputs = new Dictionary<string, JsonElement>(StringComparer.Ordinal)
        {
            ["result"] = JsonSerializer.SerializeToElement(result),
        },
    };
}
