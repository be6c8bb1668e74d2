using System.Xml;
using Idocs.Common.Results;

namespace Idocs.Signatures.Xml;

/// <summary>
/// Parses untrusted XML into an <see cref="XmlDocument"/> with DTDs prohibited, no resolver (so no
/// file is read and no connection is made) and the size, depth and element limits of
/// <see cref="XmlParsingLimits"/>. Whitespace and comments are preserved, because signatures
/// digest them.
/// </summary>
public sealed class HardenedXmlParser(XmlParsingLimits limits)
{
    public HardenedXmlParser()
        : this(XmlParsingLimits.Default)
    {
    }

    public XmlParsingLimits Limits { get; } = limits ?? throw new ArgumentNullException(nameof(limits));

    /// <summary>Parses XML bytes. The encoding comes from the byte order mark or the XML declaration.</summary>
    public Result<XmlDocument> Parse(ReadOnlyMemory<byte> xml)
    {
        if (xml.Length == 0)
        {
            return Result<XmlDocument>.Failure(XmlSignatureErrorCodes.MalformedXml, "The XML input is empty. Pass the signed XML document.");
        }

        if (xml.Length > Limits.MaxDocumentBytes)
        {
            return Result<XmlDocument>.Failure(
                XmlSignatureErrorCodes.LimitExceeded,
                $"The XML input is {xml.Length} bytes, more than the limit of {Limits.MaxDocumentBytes} bytes.");
        }

        var bytes = xml.ToArray();
        return ParseCore(() => XmlReader.Create(new MemoryStream(bytes, writable: false), CreateSettings()));
    }

    /// <summary>Parses XML text, such as the string NCALayer returns from <c>signXml</c>.</summary>
    public Result<XmlDocument> Parse(string xml)
    {
        ArgumentNullException.ThrowIfNull(xml);
        if (xml.Length == 0)
        {
            return Result<XmlDocument>.Failure(XmlSignatureErrorCodes.MalformedXml, "The XML input is empty. Pass the signed XML document.");
        }

        if (xml.Length > Limits.MaxCharacters)
        {
            return Result<XmlDocument>.Failure(
                XmlSignatureErrorCodes.LimitExceeded,
                $"The XML input is {xml.Length} characters, more than the limit of {Limits.MaxCharacters} characters.");
        }

        return ParseCore(() => XmlReader.Create(new StringReader(xml), CreateSettings()));
    }

    private Result<XmlDocument> ParseCore(Func<XmlReader> createReader)
    {
        try
        {
            // The first pass streams through the input to enforce depth and element limits before
            // a DOM is built, because XmlDocument and the canonicalizers have no depth limit.
            using (var scanner = createReader())
            {
                var limitError = ScanLimits(scanner);
                if (limitError is not null)
                {
                    return Result<XmlDocument>.Failure(limitError);
                }
            }

            var document = new XmlDocument { PreserveWhitespace = true, XmlResolver = null };
            using (var reader = createReader())
            {
                document.Load(reader);
            }

            return document;
        }
        catch (XmlException ex) when (IsDtdRejection(ex))
        {
            return Result<XmlDocument>.Failure(
                XmlSignatureErrorCodes.DtdProhibited,
                $"The XML contains a DTD (<!DOCTYPE>) at line {ex.LineNumber}; documents with DTDs or entity declarations are rejected. Send the XML without a DOCTYPE.");
        }
        catch (XmlException ex) when (ex.Message.Contains("MaxCharacters", StringComparison.Ordinal))
        {
            return Result<XmlDocument>.Failure(
                XmlSignatureErrorCodes.LimitExceeded,
                $"The XML has more than {Limits.MaxCharacters} characters.");
        }
        catch (XmlException ex)
        {
            return Result<XmlDocument>.Failure(
                XmlSignatureErrorCodes.MalformedXml,
                $"The XML is not well-formed at line {ex.LineNumber}, position {ex.LinePosition}: {ex.Message}");
        }
    }

    private Error? ScanLimits(XmlReader reader)
    {
        var elements = 0;
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            elements++;
            if (elements > Limits.MaxElements)
            {
                return new Error(
                    XmlSignatureErrorCodes.LimitExceeded,
                    $"The XML has more than {Limits.MaxElements} elements.");
            }

            if (reader.Depth + 1 > Limits.MaxDepth)
            {
                return new Error(
                    XmlSignatureErrorCodes.LimitExceeded,
                    $"The XML nests elements deeper than {Limits.MaxDepth} levels (element '{reader.Name}').");
            }
        }

        return null;
    }

    private XmlReaderSettings CreateSettings() => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = Limits.MaxCharacters,

        // Zero would mean "no limit". With DTDs prohibited no entity can expand anyway.
        MaxCharactersFromEntities = 1,
        IgnoreComments = false,
        IgnoreProcessingInstructions = false,
        IgnoreWhitespace = false,
        CloseInput = true,
    };

    private static bool IsDtdRejection(XmlException ex) =>
        ex.Message.Contains("DTD", StringComparison.Ordinal);
}
