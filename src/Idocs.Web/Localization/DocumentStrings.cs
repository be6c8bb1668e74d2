namespace Idocs.Web.Localization;

/// <summary>
/// Marker for the text resources of the cabinet's document lists and document page:
/// DocumentStrings.resx is Russian (the neutral language), .kk Kazakh and .en English.
/// </summary>
public sealed class DocumentStrings;
