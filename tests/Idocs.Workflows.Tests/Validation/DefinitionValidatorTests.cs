using System.Text.Json;
using Idocs.Workflows.Definitions;
using Idocs.Workflows.Tests.Support;
using Idocs.Workflows.Validation;

namespace Idocs.Workflows.Tests.Validation;

public class DefinitionValidatorTests
{
    private static readonly object Director = new { participants = new[] { new { role = "Director" } } };

    private readonly DefinitionValidator _validator = new(TestRegistry.Create());

    [Fact]
    public void Validate_WellFormedDefinition_ReportsNothing()
    {
        var definition = DefinitionBuilder.Create()
            .Activity("start", "Start")
            .Activity("approve", "Approve", Director)
            .Activity("end", "End")
            .Connect("start", "Done", "approve")
            .Connect("approve", "Approved", "end")
            .Connect("approve", "Rejected", "end")
            .Build();

        var problems = _validator.Validate(definition);

        Assert.Empty(problems);
    }

    [Fact]
    public void Validate_UnknownActivityType_ReportsTypeAtActivity()
    {
        var definition = DefinitionBuilder.Create()
            .Activity("start", "Start")
            .Activity("stamp", "Stamp")
            .Connect("start", "Done", "stamp")
            .Build();

        var problems = _validator.Validate(definition);

        var problem = Assert.Single(problems);
        Assert.Equal(ValidationCodes.UnknownActivityType, problem.Code);
        Assert.Equal("stamp", problem.ActivityId);
    }

    [Fact]
    public void Validate_MissingRequiredInput_ReportsInputName()
    {
        var definition = DefinitionBuilder.Create()
            .Activity("start", "Start")
            .Activity("approve", "Approve")
            .Connect("start", "Done", "approve")
            .Build();

        var problems = _validator.Validate(definition);

        var problem = Assert.Single(problems);
        Assert.Equal(ValidationCodes.MissingRequiredInput, problem.Code);
        Assert.Equal("approve", problem.ActivityId);
        Assert.Contains("participants", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_QuorumWithoutCount_ReportsMissingInput()
    {
        var definition = DefinitionBuilder.Create()
            .Activity("start", "Start")
            .Activity("approve", "Approve", new { participants = new[] { new { role = "Lawyer" } }, completion = "quorum" })
            .Connect("start", "Done", "approve")
            .Build();

        var problems = _validator.Validate(definition);

        var problem = Assert.Single(problems);
        Assert.Equal(ValidationCodes.MissingRequiredInput, problem.Code);
        Assert.Contains("quorum", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Approve", "participants", "\"Director\"")]
    [InlineData("Approve", "completion", "\"most-of\"")]
    [InlineData("Deadline", "after", "\"two days\"")]
    [InlineData("Deadline", "after", "48")]
    [InlineData("Join", "fork", "7")]
    [InlineData("SubProcess", "version", "1.5")]
    public void Validate_InputOfWrongType_ReportsInvalidInputType(string type, string input, string json)
    {
        var inputs = new Dictionary<string, JsonElement>
        {
            [input] = JsonDocument.Parse(json).RootElement.Clone(),
        };
        var definition = DefinitionBuilder.Create().Activity("start", "Start").Build();
        definition = definition with
        {
            Activities = [.. definition.Activities, new ActivityDefinition { Id = "step", Type = type, Inputs = inputs }],
            Connections = [new ConnectionDefinition("start", "Done", "step")],
        };

        var problems = _validator.Validate(definition);

        Assert.Contains(problems, problem => problem.Code == ValidationCodes.InvalidInputType && problem.ActivityId == "step");
    }

    [Fact]
    public void Validate_UnparsableCondition_ReportsInvalidExpression()
    {
        var definition = DefinitionBuilder.Create()
            .Activity("start", "Start")
            .Activity("check", "Decision", new { condition = "amount > " })
            .Connect("start", "Done", "check")
            .Build();

        var problems = _validator.Validate(definition);

        var problem = Assert.Single(problems);
        Assert.Equal(ValidationCodes.InvalidExpression, problem.Code);
        Assert.Equal("check", problem.ActivityId);
    }

    [Fact]
    public void Validate_MisspeltInput_ReportsUnknownInput()
    {
        var definition = DefinitionBuilder.Create()
            .Activity("start", "Start")
            .Activity("end", "End", new { reslt = "approved" })
            .Connect("start", "Done", "end")
            .Build();

        var problems = _validator.Validate(definition);

        var problem = Assert.Single(problems);
        Assert.Equal(ValidationCodes.UnknownInput, problem.Code);
        Assert.Equal("end", problem.ActivityId);
    }

    [Fact]
    public void Validate_UnreachableActivity_ReportsIt()
    {
        var definition = DefinitionBuilder.Create()
            .Activity("start", "Start")
            .Activity("end", "End")
            .Activity("orphan", "Approve", Director)
            .Connect("start", "Done", "end")
            .Build();

        var problems = _validator.Validate(definition);

        var problem = Assert.Single(problems);
        Assert.Equal(ValidationCodes.UnreachableActivity, problem.Code);
        Assert.Equal("orphan", problem.ActivityId);
    }

    [Fact]
    public void Validate_ConnectionToUnknownTarget_ReportsDanglingConnection()
    {
        var definition = DefinitionBuilder.Create()
            .Activity("start", "Start")
            .Connect("start", "Done", "nowhere")
            .Build();

        var problems = _validator.Validate(definition);

        var problem = Assert.Single(problems);
        Assert.Equal(ValidationCodes.DanglingConnection, problem.Code);
        Assert.Equal("start", problem.ActivityId);
    }

    [Fact]
    public void Validate_ConnectionFromUnknownSource_ReportsDanglingConnection()
    {
        var definition = DefinitionBuilder.Create()
            .Activity("start", "Start")
            .Activity("end", "End")
            .Connect("start", "Done", "end")
            .Connect("ghost", "Done", "end")
            .Build();

        var problems = _validator.Validate(definition);

        var problem = Assert.Single(problems);
        Assert.Equal(ValidationCodes.DanglingConnection, problem.Code);
        Assert.Equal("ghost", problem.ActivityId);
    }

    [Fact]
    public void Validate_UndeclaredOutcome_ReportsOutcome()
    {
        var definition = DefinitionBuilder.Create()
            .Activity("start", "Start")
            .Activity("approve", "Approve", Director)
            .Activity("end", "End")
            .Connect("start", "Done", "approve")
            .Connect("approve", "Signed", "end")
            .Build();

        var problems = _validator.Validate(definition);

        var problem = Assert.Single(problems);
        Assert.Equal(ValidationCodes.UndeclaredOutcome, problem.Code);
        Assert.Equal("approve", problem.ActivityId);
        Assert.Contains("Approved, Rejected", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_LoopWithoutWait_ReportsCycle()
    {
        var definition = DefinitionBuilder.Create()
            .Activity("start", "Start")
            .Activity("count", "SetVariable", new { name = "n", value = "n + 1" })
            .Activity("check", "Decision", new { condition = "n < 10" })
            .Activity("end", "End")
            .Connect("start", "Done", "count")
            .Connect("count", "Done", "check")
            .Connect("check", "True", "count")
            .Connect("check", "False", "end")
            .Build();

        var problems = _validator.Validate(definition);

        var problem = Assert.Single(problems);
        Assert.Equal(ValidationCodes.CycleWithoutWait, problem.Code);
        Assert.Equal("count", problem.ActivityId);
    }

    [Fact]
    public void Validate_LoopThroughApproval_IsAllowed()
    {
        var definition = DefinitionBuilder.Create()
            .Activity("start", "Start")
            .Activity("approve", "Approve", Director)
            .Activity("fix", "SetVariable", new { name = "revision", value = "1" })
            .Activity("end", "End")
            .Connect("start", "Done", "approve")
            .Connect("approve", "Rejected", "fix")
            .Connect("fix", "Done", "approve")
            .Connect("approve", "Approved", "end")
            .Build();

        var problems = _validator.Validate(definition);

        Assert.Empty(problems);
    }

    [Fact]
    public void Validate_JoinNamingNonFork_ReportsIt()
    {
        var definition = DefinitionBuilder.Create()
            .Activity("start", "Start")
            .Activity("join", "Join", new { fork = "start" })
            .Connect("start", "Done", "join")
            .Build();

        var problems = _validator.Validate(definition);

        var problem = Assert.Single(problems);
        Assert.Equal(ValidationCodes.JoinWithoutFork, problem.Code);
        Assert.Equal("join", problem.ActivityId);
    }

    [Fact]
    public void Validate_JoinUnreachableFromFork_ReportsIt()
    {
        var definition = DefinitionBuilder.Create()
            .Activity("start", "Start")
            .Activity("join", "Join", new { fork = "fork" })
            .Activity("fork", "Fork")
            .Activity("end", "End")
            .Connect("start", "Done", "join")
            .Connect("join", "Done", "fork")
            .Connect("fork", "Branch", "end")
            .Build();

        var problems = _validator.Validate(definition);

        var problem = Assert.Single(problems);
        Assert.Equal(ValidationCodes.JoinWithoutFork, problem.Code);
        Assert.Contains("cannot be reached", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NoStart_ReportsMissingStart()
    {
        var definition = DefinitionBuilder.Create().Activity("end", "End").Build();

        var problems = _validator.Validate(definition);

        var problem = Assert.Single(problems);
        Assert.Equal(ValidationCodes.MissingStart, problem.Code);
        Assert.Null(problem.ActivityId);
    }

    [Fact]
    public void Validate_TwoStarts_ReportsDuplicateStart()
    {
        var definition = DefinitionBuilder.Create()
            .Activity("start", "Start")
            .Activity("start2", "Start")
            .Activity("end", "End")
            .Connect("start", "Done", "end")
            .Connect("start2", "Done", "end")
            .Build();

        var problems = _validator.Validate(definition);

        var problem = Assert.Single(problems);
        Assert.Equal(ValidationCodes.DuplicateStart, problem.Code);
        Assert.Equal("start2", problem.ActivityId);
    }

    [Fact]
    public void Validate_DuplicateActivityId_ReportsIt()
    {
        var definition = DefinitionBuilder.Create()
            .Activity("start", "Start")
            .Activity("end", "End")
            .Activity("end", "End")
            .Connect("start", "Done", "end")
            .Build();

        var problems = _validator.Validate(definition);

        var problem = Assert.Single(problems);
        Assert.Equal(ValidationCodes.DuplicateActivityId, problem.Code);
    }

    [Fact]
    public void Validate_SeveralProblems_ReportsEveryOne()
    {
        var definition = DefinitionBuilder.Create()
            .Activity("start", "Start")
            .Activity("stamp", "Stamp")
            .Activity("approve", "Approve")
            .Activity("orphan", "End")
            .Connect("start", "Done", "stamp")
            .Connect("stamp", "Done", "approve")
            .Connect("approve", "Approved", "missing")
            .Build();

        var codes = _validator.Validate(definition).Select(problem => (problem.Code, problem.ActivityId)).ToList();

        Assert.Contains((ValidationCodes.UnknownActivityType, "stamp"), codes);
        Assert.Contains((ValidationCodes.MissingRequiredInput, "approve"), codes);
        Assert.Contains((ValidationCodes.DanglingConnection, "approve"), codes);
        Assert.Contains((ValidationCodes.UnreachableActivity, "orphan"), codes);
    }
}
