namespace Idocs.Web.Cabinet.Documents;

/// <summary>The registered profile a BIN or IIN belongs to, or <see cref="Registered"/> false when nobody registered it.</summary>
public sealed record CounterpartyMatch(bool Registered, string? Name);
