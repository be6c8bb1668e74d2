using System.Text.Json;
using Idocs.Documents.Rights;

namespace Idocs.Web.Api.Accounts;

/// <summary>The camelCase names enums and rights have in the API, and their parsing from requests.</summary>
public static class ApiNames
{
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    /// <summary>Lists the single rights in <paramref name="rights"/> by API name.</summary>
    public static IReadOnlyList<string> OfRights(ProfileRights rights) =>
        RolePolicy.Split(rights).Select(right => Of(right)).ToList();

    /// <summary>Parses an API name case-insensitively; numbers and combined flags are not accepted.</summary>
    public static bool TryParse<TEnum>(string? name, out TEnum value)
        where TEnum : struct, Enum
    {
        value = default;
        return !string.IsNullOrWhiteSpace(name)
            && !char.IsAsciiDigit(name.TrimStart('-')[0])
            && !name.Contains(',', StringComparison.Ordinal)
            && Enum.TryParse(name, ignoreCase: true, out value)
            && Enum.IsDefined(value);
    }

    public static string Names<TEnum>()
        where TEnum : struct, Enum => string.Join(", ", Enum.GetValues<TEnum>().Select(value => Of(value)));
}
