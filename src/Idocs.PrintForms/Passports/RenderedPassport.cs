namespace Idocs.PrintForms.Passports;

/// <summary>A rendered passport PDF.</summary>
public sealed record RenderedPassport(byte[] Pdf, int PageCount);
