namespace Idocs.Web.Cabinet.Documents;

/// <summary>The registered profile a BIN or IIN belongs to, or <see cref="Registered"/> false when no profile has it.</summary>
public sealed record CounterpartyMatch(bool Registered, string? Name);
