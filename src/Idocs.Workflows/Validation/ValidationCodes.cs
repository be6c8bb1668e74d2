namespace Idocs.Workflows.Validation;

/// <summary>Stable codes of definition problems, shown by the designer next to the activity.</summary>
public static class ValidationCodes
{
    /// <summary>The definition id, name or version is missing or out of range.</summary>
    public const string InvalidHeader = "definition.invalid_header";

    public const string DuplicateActivityId = "definition.duplicate_activity_id";

    public const string UnknownActivityType = "definition.unknown_activity_type";

    public const string MissingRequiredInput = "definition.missing_required_input";

    /// <summary>An input value has the wrong JSON shape, for example a number where participants are expected.</summary>
    public const string InvalidInputType = "definition.invalid_input_type";

    /// <summary>An input is not declared by the activity type (often a misspelt name).</summary>
    public const string UnknownInput = "definition.unknown_input";

    /// <summary>An expression input does not parse; the message gives the position.</summary>
    public const string InvalidExpression = "definition.invalid_expression";

    /// <summary>No path from the Start activity leads to the activity.</summary>
    public const string UnreachableActivity = "definition.unreachable_activity";

    /// <summary>A connection starts or ends at an activity id the definition does not have.</summary>
    public const string DanglingConnection = "definition.dangling_connection";

    /// <summary>A connection leaves through an outcome the source activity type does not declare.</summary>
    public const string UndeclaredOutcome = "definition.undeclared_outcome";

    /// <summary>A loop contains no waiting activity, so an instance would run it forever.</summary>
    public const string CycleWithoutWait = "definition.cycle_without_wait";

    /// <summary>A Join names no Fork, a missing activity, or a Fork from which it cannot be reached.</summary>
    public const string JoinWithoutFork = "definition.join_without_fork";

    public const string MissingStart = "definition.missing_start";

    public const string DuplicateStart = "definition.duplicate_start";
}
