namespace Idocs.Documents.DirectorChange;

/// <summary>What the company fills in to change its director.</summary>
/// <param name="FutureDirectorIin">The IIN of the person who becomes Director.</param>
/// <param name="FutureDirectorFullName">Their full name as in the order.</param>
/// <param name="FutureDirectorEmail">Their email, for the invitation when they are not an employee yet.</param>
/// <param name="OrderNumber">The number of the appointment order.</param>
/// <param name="OrderDate">The date of the appointment order.</param>
/// <param name="OrderFile">The uploaded appointment order; required.</param>
public sealed record DirectorChangeApplication(
    string? FutureDirectorIin,
    string? FutureDirectorFullName,
    string? FutureDirectorEmail,
    string? OrderNumber,
    DateOnly? OrderDate,
    AppointmentOrderFile? OrderFile);
