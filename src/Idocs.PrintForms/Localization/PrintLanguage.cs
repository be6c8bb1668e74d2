namespace Idocs.PrintForms.Localization;

/// <summary>The language of a rendered PDF's labels. Russian is the platform's default.</summary>
public enum PrintLanguage
{
    Russian,
    Kazakh,
    English,
}
