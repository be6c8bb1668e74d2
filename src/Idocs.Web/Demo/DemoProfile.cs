namespace Idocs.Web.Demo;

/// <summary>
/// A company or sole proprietor of the demo data set. For a sole proprietor the BIN equals the
/// owner's IIN. <c>Kind</c> is spelled as the registration endpoint takes it: company, soleProprietor or individual.
/// </summary>
public sealed record DemoProfile(string Name, string Bin, string Kind);
