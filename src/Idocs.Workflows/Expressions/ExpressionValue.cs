using System.Globalization;
using System.Text.Json;
using Idocs.Common.Results;

namespace Idocs.Workflows.Expressions;

/// <summary>A value inside an expression: null, a decimal number, a string or a boolean.</summary>
public readonly record struct ExpressionValue
{
    private ExpressionValue(ExpressionValueKind kind, decimal number, string? text, bool boolean)
    {
        Kind = kind;
        Number = number;
        Text = text;
        Boolean = boolean;
    }

    public ExpressionValueKind Kind { get; }

    public decimal Number { get; }

    public string? Text { get; }

    public bool Boolean { get; }

    public static ExpressionValue Null { get; } = new(ExpressionValueKind.Null, 0, null, false);

    public static ExpressionValue FromNumber(decimal value) => new(ExpressionValueKind.Number, value, null, false);

    public static ExpressionValue FromString(string value) => new(ExpressionValueKind.Text, 0, value, false);

    public static ExpressionValue FromBoolean(bool value) => new(ExpressionValueKind.Boolean, 0, null, value);

    /// <summary>Converts a JSON value; objects, arrays and numbers outside the decimal range are errors.</summary>
    public static Result<ExpressionValue> FromJson(string name, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Null:
            case JsonValueKind.Undefined:
                return Null;
            case JsonValueKind.True:
                return FromBoolean(true);
            case JsonValueKind.False:
                return FromBoolean(false);
            case JsonValueKind.String:
                return FromString(element.GetString()!);
            case JsonValueKind.Number when element.TryGetDecimal(out var number):
                return FromNumber(number);
            default:
                return Result<ExpressionValue>.Failure(
                    ExpressionErrorCodes.UnsupportedValue,
                    $"Variable '{name}' holds a JSON {element.ValueKind}; expressions use only numbers, strings, booleans and null.");
        }
    }

    /// <summary>Converts the value to JSON for storing it in an instance variable.</summary>
    public JsonElement ToJson() => Kind switch
    {
        ExpressionValueKind.Number => JsonSerializer.SerializeToElement(Number),
        ExpressionValueKind.Text => JsonSerializer.SerializeToElement(Text),
        ExpressionValueKind.Boolean => JsonSerializer.SerializeToElement(Boolean),
        _ => JsonSerializer.SerializeToElement<object?>(null),
    };

    public override string ToString() => Kind switch
    {
        ExpressionValueKind.Number => Number.ToString(CultureInfo.InvariantCulture),
        ExpressionValueKind.Text => $"\"{Text}\"",
        ExpressionValueKind.Boolean => Boolean ? "true" : "false",
        _ => "null",
    };
}
