namespace Idocs.Documents.Templates;

/// <summary>The file a template produced, ready to become the new document's original.</summary>
public sealed record RenderedTemplate(string FileName, string ContentType, byte[] Content);
