namespace Idocs.PrintForms.Layout;

/// <summary>The colour a table value is printed in: black, or green, amber and red for validation outcomes.</summary>
internal enum ValueEmphasis
{
    Default,
    Good,
    Warning,
    Bad,
}
