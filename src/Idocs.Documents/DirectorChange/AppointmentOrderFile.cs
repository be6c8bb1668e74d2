namespace Idocs.Documents.DirectorChange;

/// <summary>The uploaded appointment order: a file already in the file store, referenced by id.</summary>
/// <param name="FileId">The file's id in the file store.</param>
/// <param name="FileName">The name the user uploaded it under.</param>
/// <param name="ContentType">The file's media type.</param>
/// <param name="SizeBytes">The file's size in bytes.</param>
public sealed record AppointmentOrderFile(Guid FileId, string FileName, string ContentType, long SizeBytes);
