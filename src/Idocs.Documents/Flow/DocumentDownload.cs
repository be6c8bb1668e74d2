namespace Idocs.Documents.Flow;

/// <summary>Bytes to send to the client with the file name and media type to send them under.</summary>
public sealed record DocumentDownload(string FileName, string ContentType, byte[] Content);
