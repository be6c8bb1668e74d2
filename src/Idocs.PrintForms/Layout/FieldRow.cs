namespace Idocs.PrintForms.Layout;

/// <summary>One label and value line of a details table; <paramref name="Emphasis"/> colours the value.</summary>
internal readonly record struct FieldRow(string Label, string Value, ValueEmphasis Emphasis = ValueEmphasis.Default);
