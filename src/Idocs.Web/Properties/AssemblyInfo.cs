using System.Resources;

// Strings.resx (without a culture suffix) is Russian, the cabinet's default language.
[assembly: NeutralResourcesLanguage("ru")]
