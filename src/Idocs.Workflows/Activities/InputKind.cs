namespace Idocs.Workflows.Activities;

/// <summary>The JSON shape an activity input must have; the validator checks it.</summary>
public enum InputKind
{
    /// <summary>A non-empty JSON string.</summary>
    Text,

    /// <summary>A JSON number.</summary>
    Number,

    /// <summary>A JSON number without a fraction.</summary>
    WholeNumber,

    Boolean,

    /// <summary>A string that parses as an expression over instance variables.</summary>
    Expression,

    /// <summary>An ISO 8601 duration string such as <c>P2D</c> or <c>PT4H</c>.</summary>
    Duration,

    /// <summary>A non-empty array of participants: <c>{"user": id}</c>, <c>{"role": name}</c>, <c>{"right": name}</c> or <c>{"variable": name}</c>.</summary>
    Participants,

    /// <summary>A string from the input's <see cref="InputDescriptor.Choices"/>.</summary>
    Choice,

    /// <summary>An array of strings.</summary>
    TextList,
}
