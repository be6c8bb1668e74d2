namespace Idocs.Web.Api.Accounts;

/// <summary>A profile the person may choose: its kind (company, soleProprietor, individual) and the person's role in it.</summary>
public sealed record ProfileChoiceView(Guid ProfileId, string Name, string Kind, string Role);
