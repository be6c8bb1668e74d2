namespace Idocs.PrintForms.Retention;

/// <summary>How long documents are kept and how long a former customer keeps read-only access (configuration section <c>Retention</c>).</summary>
public sealed class RetentionOptions
{
    public const string SectionName = "Retention";

    /// <summary>Years a document is kept, counted from its last signature or, unsigned, its creation (default 10).</summary>
    public int RetentionYears { get; set; } = 10;

    /// <summary>Days a customer who ended the contract can still sign in, read and download, but not change anything (default 365).</summary>
    public int ReadOnlyDaysAfterTermination { get; set; } = 365;
}
