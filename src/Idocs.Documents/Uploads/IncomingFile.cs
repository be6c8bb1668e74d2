namespace Idocs.Documents.Uploads;

/// <summary>A file as the client sent it: the name it gave and a stream of its bytes.</summary>
public sealed record IncomingFile(string FileName, Stream Content);
