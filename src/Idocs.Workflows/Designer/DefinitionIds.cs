using System.Text.RegularExpressions;
using Idocs.Common.Results;

namespace Idocs.Workflows.Designer;

/// <summary>The shape of a definition id: lowercase letters, digits and single dashes, up to 100 characters.</summary>
public static partial class DefinitionIds
{
    public const int MaxLength = 100;

    public static Result Check(string? definitionId) =>
        definitionId is { Length: > 0 and <= MaxLength } && Shape().IsMatch(definitionId)
            ? Result.Success()
            : Result.Failure(
                DesignerErrorCodes.InvalidDefinitionId,
                $"Definition id '{definitionId}' is invalid; use 1 to {MaxLength} lowercase letters, digits and single dashes, for example 'contract-approval'.");

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
