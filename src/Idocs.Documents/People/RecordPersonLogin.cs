using Idocs.Documents.Authentication.Certificates;

namespace Idocs.Documents.People;

/// <summary>Finds the person with the certificate's IIN, or adds them, and records that they just proved their identity.</summary>
public sealed class RecordPersonLogin(IPersonStore people, TimeProvider clock)
{
    public async Task<Person> RunAsync(VerifiedSigner signer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(signer);
        var now = clock.GetUtcNow();
        var person = await people.FindByIinAsync(signer.Iin, cancellationToken).ConfigureAwait(false);
        if (person is null)
        {
            person = Person.FromCertificate(signer, now, clock);
            if (await people.TryAddAsync(person, cancellationToken).ConfigureAwait(false))
            {
                return person;
            }

            // Another request added the same person a moment ago.
            person = await people.FindByIinAsync(signer.Iin, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException("A person with the IIN could be neither added nor found.");
        }

        person.RecordLogin(signer, now);

        // A lost race here only loses a name refresh and a login time, which the next login repeats.
        await people.TrySaveAsync(person, cancellationToken).ConfigureAwait(false);
        return person;
    }
}
