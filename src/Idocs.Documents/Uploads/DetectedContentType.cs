namespace Idocs.Documents.Uploads;

/// <summary>A file type recognised from the file's content, never from its name.</summary>
public enum DetectedContentType
{
    Pdf,
    Docx,
    Xlsx,
    Odt,
    Rtf,
    Xml,
    Png,
    Jpeg,
    Tiff,
    Zip,
}
