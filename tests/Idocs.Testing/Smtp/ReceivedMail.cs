using MimeKit;

namespace Idocs.Testing.Smtp;

/// <summary>A message the test SMTP server accepted, with its SMTP envelope.</summary>
/// <param name="EnvelopeFrom">The MAIL FROM address.</param>
/// <param name="EnvelopeTo">The RCPT TO addresses, which include Bcc recipients.</param>
/// <param name="Message">The message parsed by MimeKit.</param>
public sealed record ReceivedMail(string EnvelopeFrom, IReadOnlyList<string> EnvelopeTo, MimeMessage Message);
