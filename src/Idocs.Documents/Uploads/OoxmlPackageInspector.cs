using System.IO.Compression;
using System.Xml;

namespace Idocs.Documents.Uploads;

/// <summary>
/// Recognises an Office Open XML package by the content type of its main part in
/// [Content_Types].xml, and checks that the main part exists and is well-formed XML.
/// Macro-enabled variants are rejected, including a plain DOCX or XLSX that carries a VBA project.
/// </summary>
internal sealed class OoxmlPackageInspector(ZipContainerInspector container, ZipArchive archive, string subject)
{
    private static readonly Dictionary<string, DetectedContentType> AcceptedMainParts = new(StringComparer.OrdinalIgnoreCase)
    {
        ["application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"] = DetectedContentType.Docx,
        ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"] = DetectedContentType.Xlsx,
    };

    private static readonly Dictionary<string, string> MacroMainParts = new(StringComparer.OrdinalIgnoreCase)
    {
        ["application/vnd.ms-word.document.macroEnabled.main+xml"] = "DOCM",
        ["application/vnd.ms-word.template.macroEnabledTemplate.main+xml"] = "DOTM",
        ["application/vnd.ms-excel.sheet.macroEnabled.main+xml"] = "XLSM",
        ["application/vnd.ms-excel.template.macroEnabled.main+xml"] = "XLTM",
        ["application/vnd.ms-excel.sheet.binary.macroEnabled.main"] = "XLSB",
        ["application/vnd.ms-excel.addin.macroEnabled.main+xml"] = "XLAM",
        ["application/vnd.ms-powerpoint.presentation.macroEnabled.main+xml"] = "PPTM",
    };

    public UploadVerdict Inspect(ZipArchiveEntry contentTypesEntry)
    {
        var bytes = container.ReadEntry(subject, contentTypesEntry, out var rejection);
        if (bytes is null)
        {
            return rejection!;
        }

        var overrides = ReadOverrides(bytes);
        if (overrides is null)
        {
            return ZipContainerInspector.Damaged(subject, "[Content_Types].xml is not well-formed XML");
        }

        foreach (var (_, contentType) in overrides)
        {
            if (MacroMainParts.TryGetValue(contentType, out var macroFormat))
            {
                return UploadVerdict.Reject(UploadErrorCodes.MacrosNotAllowed, subject, macroFormat);
            }
        }

        var vbaProject = archive.Entries.FirstOrDefault(entry =>
            entry.FullName.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase));
        if (vbaProject is not null)
        {
            return UploadVerdict.Reject(UploadErrorCodes.MacrosNotAllowed, subject, vbaProject.FullName);
        }

        var main = overrides.FirstOrDefault(part => AcceptedMainParts.ContainsKey(part.ContentType));
        if (main.PartName is null)
        {
            return UploadVerdict.Reject(UploadErrorCodes.UnsupportedType, subject);
        }

        var mainEntry = archive.GetEntry(main.PartName.TrimStart('/'));
        if (mainEntry is null)
        {
            return ZipContainerInspector.Damaged(subject, $"the main part {main.PartName} is missing");
        }

        var mainBytes = container.ReadEntry(subject, mainEntry, out rejection);
        if (mainBytes is null)
        {
            return rejection!;
        }

        var mainXml = XmlInspector.Inspect($"{subject}/{mainEntry.FullName}", mainBytes, container.MaxXmlCharacters);
        return mainXml.IsAccepted
            ? UploadVerdict.Accept(AcceptedMainParts[main.ContentType])
            : ZipContainerInspector.Damaged(subject, $"the main part {main.PartName} is not well-formed XML");
    }

    /// <summary>Reads the Override elements, or returns null when the XML is broken or declares a DTD.</summary>
    private List<(string PartName, string ContentType)>? ReadOverrides(byte[] bytes)
    {
        var result = new List<(string PartName, string ContentType)>();
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var reader = XmlReader.Create(stream, XmlInspector.SecureSettings(container.MaxXmlCharacters));
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Override")
                {
                    var partName = reader.GetAttribute("PartName");
                    var contentType = reader.GetAttribute("ContentType");
                    if (partName is not null && contentType is not null)
                    {
                        result.Add((partName, contentType));
                    }
                }
            }
        }
        catch (XmlException)
        {
            return null;
        }

        return result;
    }
}
