namespace Idocs.PrintForms.Layout;

/// <summary>The few colours a value may be printed in.</summary>
internal enum XColorName
{
    Default,
    Good,
    Warning,
    Bad,
}
