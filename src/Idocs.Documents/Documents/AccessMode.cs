namespace Idocs.Documents.Documents;

/// <summary>What an employee who was given access to a document may do with it.</summary>
public enum AccessMode
{
    /// <summary>Read the document and its passport.</summary>
    Viewer,

    /// <summary>Also change fields, files and route, and delete where deletion is allowed (Редактор).</summary>
    Editor,
}
