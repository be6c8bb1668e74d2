namespace Idocs.Web.Api.Accounts;

/// <summary>One right: whether the person has it and whether it comes from the role or was granted (source role, granted or none).</summary>
public sealed record RightLineView(string Right, bool Has, string Source);
