namespace Idocs.PrintForms.Archives.Bulk;

/// <summary>Where finished bulk exports are kept (configuration section <c>Exports</c>).</summary>
public sealed class CompanyExportOptions
{
    public const string SectionName = "Exports";

    /// <summary>Folder of the finished ZIP files, one <c>{exportId}.zip</c> per export. The host sets it under its data folder.</summary>
    /// <remarks>NOTE: with several web nodes this folder must be shared storage, because any node may serve the download.</remarks>
    public string Folder { get; set; } = Path.Combine("data", "exports");

    /// <summary>How often the worker looks for queued exports, in seconds (default 5).</summary>
    public int PollSeconds { get; set; } = 5;
}
