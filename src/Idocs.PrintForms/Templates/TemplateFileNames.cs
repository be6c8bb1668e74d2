using System.Text;

namespace Idocs.PrintForms.Templates;

/// <summary>Turns a template's name into a file name that every file system and browser accepts.</summary>
internal static class TemplateFileNames
{
    public static string For(string templateName, string extension)
    {
        var safe = new StringBuilder();
        foreach (var character in templateName)
        {
            safe.Append(char.IsLetterOrDigit(character) || character is '-' or '_' or ' ' ? character : '_');
        }

        var trimmed = safe.ToString().Trim();
        return (trimmed.Length == 0 ? "document" : trimmed) + extension;
    }
}
