using Idocs.Signatures.TestPki;

namespace Idocs.Web.Demo;

/// <summary>
/// The demo data set: two companies, a sole proprietor and an individual, their people and a few
/// documents in different states. Every IIN and BIN carries a valid check digit. Company people
/// hold GOST-2015-512 keys and the individual an RSA key, as NCA RK issues them.
/// </summary>
public static class DemoCast
{
    /// <summary>The password of every demo key file. The keys are public test keys, never for real signing.</summary>
    public const string KeyPassword = "demo1234";

    public static readonly DemoProfile CompanyA = new("ТОО «Альфа Логистик»", "150340001236", "company");

    public static readonly DemoProfile CompanyB = new("ТОО «Бета Строй»", "160540002342", "company");

    public static readonly DemoProfile SoleProprietor = new("ИП «Сериков»", "770202300453", "soleProprietor");

    public static readonly DemoPerson DirectorA = new(
        "director-a", "800315300129", "Ахметов", "Ерлан", "director-a@demo.idocs.test",
        TestPkiAlgorithm.Gost2015, TestPkiSubjectKind.Employee, CompanyA, [TestPkiRole.FirstHead]);

    public static readonly DemoPerson AccountantA = new(
        "accountant-a", "850720400235", "Касымова", "Айгерим", "accountant-a@demo.idocs.test",
        TestPkiAlgorithm.Gost2015, TestPkiSubjectKind.Employee, CompanyA, [TestPkiRole.RightToSignFinancial]);

    public static readonly DemoPerson ManagerA = new(
        "manager-a", "901103300348", "Петров", "Илья", "manager-a@demo.idocs.test",
        TestPkiAlgorithm.Gost2015, TestPkiSubjectKind.Employee, CompanyA, [TestPkiRole.Employee]);

    public static readonly DemoPerson DirectorB = new(
        "director-b", "881211400563", "Нурланова", "Дана", "director-b@demo.idocs.test",
        TestPkiAlgorithm.Gost2015, TestPkiSubjectKind.Employee, CompanyB, [TestPkiRole.FirstHead]);

    public static readonly DemoPerson LawyerB = new(
        "lawyer-b", "920605400671", "Ким", "Виктория", "lawyer-b@demo.idocs.test",
        TestPkiAlgorithm.Gost2015, TestPkiSubjectKind.Employee, CompanyB, [TestPkiRole.Employee]);

    public static readonly DemoPerson SoleProprietorOwner = new(
        "sole-proprietor", "770202300453", "Сериков", "Бауыржан", "sole-proprietor@demo.idocs.test",
        TestPkiAlgorithm.Gost2015, TestPkiSubjectKind.SoleProprietor, SoleProprietor, []);

    public static readonly DemoPerson Individual = new(
        "individual", "990101300787", "Омаров", "Тимур", "individual@demo.idocs.test",
        TestPkiAlgorithm.Rsa, TestPkiSubjectKind.Individual, null, []);

    /// <summary>The individual's own profile; documents reach them by email, as an unregistered party would be reached.</summary>
    public static readonly DemoProfile IndividualProfile = new("Омаров Тимур", "990101300787", "individual");

    public static IReadOnlyList<DemoProfile> Profiles { get; } = [CompanyA, CompanyB, SoleProprietor, IndividualProfile];

    public static IReadOnlyList<DemoPerson> People { get; } =
        [DirectorA, AccountantA, ManagerA, DirectorB, LawyerB, SoleProprietorOwner, Individual];

    /// <summary>The document the demo director signs first: it waits for his signature after the accountant's approval.</summary>
    public static DemoDocument DirectorsFirstDocument => Documents[0];

    public static IReadOnlyList<DemoDocument> Documents { get; } =
    [
        new("A-2026-001", "Договор поставки № 1", CompanyA, ManagerA, AccountantA, DirectorA, CompanyB, null, 4_500_000m, DemoDocumentStage.WaitingForSignature),
        new("A-2026-002", "Акт выполненных работ за ноябрь", CompanyA, AccountantA, null, DirectorA, CompanyB, null, 1_250_000m, DemoDocumentStage.SignedByAllParties),
        new("A-2026-003", "Дополнительное соглашение № 2", CompanyA, ManagerA, null, DirectorA, SoleProprietor, null, 300_000m, DemoDocumentStage.Rejected),
        new("A-2026-004", "Договор оказания услуг", CompanyA, ManagerA, null, DirectorA, null, Individual, 180_000m, DemoDocumentStage.SignedAndSent),
        new("A-2026-005", "Приказ об отпуске", CompanyA, AccountantA, null, DirectorA, null, null, null, DemoDocumentStage.Draft),
        new("A-2026-006", "Служебная записка о командировке", CompanyA, ManagerA, AccountantA, DirectorA, null, null, null, DemoDocumentStage.OnApproval),
        new("B-2026-001", "Счёт-фактура № 17", CompanyB, LawyerB, null, DirectorB, CompanyA, null, 320_000m, DemoDocumentStage.Delivered),
    ];

    /// <summary>The person who registered <paramref name="profile"/> and heads it.</summary>
    public static DemoPerson HeadOf(DemoProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return profile.Kind == "company"
            ? People.First(person => person.Employer == profile && person.Roles.Contains(TestPkiRole.FirstHead))
            : People.First(person => person.Iin == profile.Bin);
    }
}
