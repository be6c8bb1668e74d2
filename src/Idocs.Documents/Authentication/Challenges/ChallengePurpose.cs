namespace Idocs.Documents.Authentication.Challenges;

/// <summary>What a challenge may be answered for; a challenge of one purpose is rejected for the other.</summary>
public enum ChallengePurpose
{
    Login,

    Registration,
}
