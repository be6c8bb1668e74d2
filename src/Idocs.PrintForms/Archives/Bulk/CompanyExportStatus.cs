namespace Idocs.PrintForms.Archives.Bulk;

/// <summary>Where a company's bulk export is in its life; stored as text.</summary>
public enum CompanyExportStatus
{
    /// <summary>Requested and waiting for a worker.</summary>
    Queued,

    /// <summary>A worker is writing the archive; the progress counters grow.</summary>
    Running,

    /// <summary>The archive is complete and can be downloaded.</summary>
    Completed,

    /// <summary>The export stopped; <see cref="CompanyExport.Error"/> says why.</summary>
    Failed,
}
