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

    public static IReadOnlyList<DemoProfile> Profiles { get; } = [CompanyA, CompanyB, SoleProprietor];

    public static IReadOnlyList<DemoPerson> People { get; } =
        [DirectorA, AccountantA, ManagerA, DirectorB, LawyerB, SoleProprietorOwner, Individual];

    public static IReadOnlyList<DemoDocument> Documents { get; } =
    [
        new("A-2026-001", "Договор поставки № 1", CompanyA, ManagerA, CompanyB, null, 4_500_000m, "waiting"),
        new("A-2026-002", "Акт выполненных работ за ноябрь", CompanyA, AccountantA, CompanyB, null, 1_250_000m, "signed"),
        new("A-2026-003", "Дополнительное соглашение № 2", CompanyA, ManagerA, SoleProprietor, null, null, "rejected"),
        new("A-2026-004", "Договор оказания услуг", CompanyA, ManagerA, null, Individual, 180_000m, "waiting"),
        new("A-2026-005", "Приказ об отпуске", CompanyA, AccountantA, null, null, null, "draft"),
        new("B-2026-001", "Счёт-фактура № 17", CompanyB, LawyerB, CompanyA, null, 320_000m, "waiting"),
    ];
}
