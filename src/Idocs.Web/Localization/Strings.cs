namespace Idocs.Web.Localization;

/// <summary>
/// Marker for the cabinet's text resources: Strings.resx is Russian (the neutral language),
/// Strings.kk.resx Kazakh and Strings.en.resx English.
/// </summary>
public sealed class Strings;
