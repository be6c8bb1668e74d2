using System.Text.Json;
using Idocs.Workflows.Expressions;

namespace Idocs.Workflows.Tests.Expressions;

public class CompiledExpressionTests
{
    private static readonly Dictionary<string, JsonElement> Variables = new()
    {
        ["amount"] = JsonSerializer.SerializeToElement(1500000m),
        ["currency"] = JsonSerializer.SerializeToElement("KZT"),
        ["urgent"] = JsonSerializer.SerializeToElement(true),
        ["document.pages"] = JsonSerializer.SerializeToElement(12),
        ["note"] = JsonSerializer.SerializeToElement<string?>(null),
        ["items"] = JsonSerializer.SerializeToElement(new[] { 1, 2 }),
    };

    [Theory]
    [InlineData("amount > 1000000 && currency == \"KZT\"", true)]
    [InlineData("amount > 1000000 && currency == 'USD'", false)]
    [InlineData("amount < 1000 || urgent", true)]
    [InlineData("!urgent", false)]
    [InlineData("(amount - 500000) * 2 / 4 == 500000", true)]
    [InlineData("1 + 2 * 3 == 7", true)]
    [InlineData("-amount < 0", true)]
    [InlineData("document.pages >= 12 && document.pages <= 12", true)]
    [InlineData("note == null", true)]
    [InlineData("currency + \"-\" + currency == \"KZT-KZT\"", true)]
    [InlineData("\"a\" < \"b\"", true)]
    [InlineData("1 == \"1\"", false)]
    [InlineData("false && unknown > 1", false)]
    [InlineData("true || unknown > 1", true)]
    [InlineData("0.1 + 0.2 == 0.3", true)]
    public void EvaluateCondition_ValidExpression_ReturnsExpectedValue(string text, bool expected)
    {
        var expression = CompiledExpression.Parse(text);

        var value = expression.Value!.EvaluateCondition(Variables);

        Assert.True(value.IsSuccess, value.Error?.Message);
        Assert.Equal(expected, value.Value);
    }

    [Theory]
    [InlineData("amount >", ExpressionErrorCodes.SyntaxError)]
    [InlineData("amount > 1 )", ExpressionErrorCodes.SyntaxError)]
    [InlineData("(amount > 1", ExpressionErrorCodes.SyntaxError)]
    [InlineData("amount = 1", ExpressionErrorCodes.SyntaxError)]
    [InlineData("amount > 1; drop", ExpressionErrorCodes.SyntaxError)]
    [InlineData("\"open", ExpressionErrorCodes.SyntaxError)]
    [InlineData("System.IO.File.Delete(\"x\")", ExpressionErrorCodes.SyntaxError)]
    [InlineData("a..b", ExpressionErrorCodes.SyntaxError)]
    [InlineData("99999999999999999999999999999999", ExpressionErrorCodes.SyntaxError)]
    public void Parse_InvalidText_ReturnsError(string text, string code)
    {
        var expression = CompiledExpression.Parse(text);

        Assert.False(expression.IsSuccess);
        Assert.Equal(code, expression.Error.Code);
    }

    [Fact]
    public void Parse_TooLong_ReturnsTooLong()
    {
        var text = string.Join(" + ", Enumerable.Repeat("1", 400));

        var expression = CompiledExpression.Parse(text);

        Assert.False(expression.IsSuccess);
        Assert.Equal(ExpressionErrorCodes.TooLong, expression.Error.Code);
    }

    [Fact]
    public void Parse_DeepNesting_ReturnsTooDeep()
    {
        var text = new string('(', 200) + "1" + new string(')', 200);

        var expression = CompiledExpression.Parse(text);

        Assert.False(expression.IsSuccess);
        Assert.Equal(ExpressionErrorCodes.TooDeep, expression.Error.Code);
    }

    [Fact]
    public void Parse_ManyNegations_ReturnsTooDeep()
    {
        var expression = CompiledExpression.Parse(new string('!', 500) + "true");

        Assert.False(expression.IsSuccess);
        Assert.Equal(ExpressionErrorCodes.TooDeep, expression.Error.Code);
    }

    [Fact]
    public void Evaluate_StepBudgetExceeded_ReturnsStepLimit()
    {
        var limits = new ExpressionLimits { MaxSteps = 10 };
        var expression = CompiledExpression.Parse(string.Join(" + ", Enumerable.Repeat("1", 20)), limits);

        var value = expression.Value!.Evaluate(Variables);

        Assert.False(value.IsSuccess);
        Assert.Equal(ExpressionErrorCodes.StepLimitExceeded, value.Error.Code);
    }

    [Theory]
    [InlineData("missing > 1", ExpressionErrorCodes.UnknownVariable)]
    [InlineData("items > 1", ExpressionErrorCodes.UnsupportedValue)]
    [InlineData("currency > 1", ExpressionErrorCodes.TypeMismatch)]
    [InlineData("!amount", ExpressionErrorCodes.TypeMismatch)]
    [InlineData("amount && true", ExpressionErrorCodes.TypeMismatch)]
    [InlineData("amount / 0 > 1", ExpressionErrorCodes.DivisionByZero)]
    [InlineData("79228162514264337593543950335 * 2 > 1", ExpressionErrorCodes.Overflow)]
    public void Evaluate_BadOperands_ReturnsError(string text, string code)
    {
        var expression = CompiledExpression.Parse(text);

        var value = expression.Value!.Evaluate(Variables);

        Assert.False(value.IsSuccess);
        Assert.Equal(code, value.Error.Code);
    }

    [Fact]
    public void EvaluateCondition_NumberResult_ReturnsTypeMismatch()
    {
        var expression = CompiledExpression.Parse("amount + 1");

        var value = expression.Value!.EvaluateCondition(Variables);

        Assert.False(value.IsSuccess);
        Assert.Equal(ExpressionErrorCodes.TypeMismatch, value.Error.Code);
    }

    [Fact]
    public void Parse_Variables_ListsNamesRead()
    {
        var expression = CompiledExpression.Parse("amount > 1 && currency == \"KZT\" && amount < 5");

        Assert.Equal(["amount", "currency"], expression.Value!.Variables.Order(StringComparer.Ordinal));
    }
}
