using System.Reflection;
using ClosedXML.Excel;
using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Documents;
using CsrSponsorship.Core.Domain.CircularLetters;
using CsrSponsorship.Core.Domain.Companies;
using CsrSponsorship.Core.Domain.Contributions;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Domain.Payments;
using CsrSponsorship.Core.Features.CircularLetters;
using CsrSponsorship.Core.Features.Companies;
using CsrSponsorship.Core.Features.Invoicing;
using CsrSponsorship.Core.Features.Payments;
using CsrSponsorship.Core.Features.Reports;
using CsrSponsorship.Core.Features.Sponsorships;
using CsrSponsorship.Core.Features.Workers;
using CsrSponsorship.Tests.Documents.Pdf;
using CsrSponsorship.Tests.Features.CircularLetters;
using CsrSponsorship.Tests.Features.Invoicing;
using CsrSponsorship.Tests.Features.Sponsorships;
using CsrSponsorship.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CsrSponsorship.Tests.Security;

// Company B owns a worker's sponsorship, an issued invoice with a payment, and a circular letter distributed to it.
// Company A operates in another kecamatan than B, so any use of B's id instead of A's shows in the ranking.
public sealed class IdorFixture : IAsyncLifetime
{
    public const string KintapDesa = "63.01.07.2002";

    public TestApp App { get; private set; } = default!;

    public Company A { get; private set; } = default!;

    public Company B { get; private set; } = default!;

    public int SponsorshipOfB { get; private set; }

    public Guid BatchOfB { get; private set; }

    public int WorkerOfB { get; private set; }

    public IReadOnlyList<string> WorkerNamesOfB { get; private set; } = [];

    public int InvoiceOfB { get; private set; }

    public string InvoiceNumberOfB { get; private set; } = "";

    public int PaymentOfB { get; private set; }

    public int LetterOfB { get; private set; }

    // Verified, in B's kecamatan: the nearest worker for B, the farthest for A.
    public int WorkerNearB { get; private set; }

    // Registered but not verified: no company may see it.
    public int UnverifiedWorker { get; private set; }

    // Funded from APBD: it belongs to no company.
    public int ApbdSponsorship { get; private set; }

    public async Task InitializeAsync()
    {
        App = await TestApp.StartAsync();
        App.Clock.SetWitaDate(new DateOnly(2026, 6, 1));
        A = await App.CompanyAsync("PT Penanya");
        B = await App.InsertAsync(new CompanyBuilder().Named("PT Pemilik").OperatingIn(KintapDesa).WithBudget(500_000_000).Build());
        InvoiceOfB = await App.IssuedInvoiceAsync(B);
        App.Clock.SetWitaDate(new DateOnly(2026, 6, 5));
        App.ActAsKeuangan();
        PaymentOfB = (await App.Get<PaymentService>().RecordAsync(InvoiceOfB, new PaymentInput(new DateOnly(2026, 6, 5), 100_000, PaymentMethod.TransferBpjs, "TRX-B"))).PaymentId;
        LetterOfB = await LetterDistributedToAsync(B);
        WorkerNearB = await App.VerifiedWorkerAsync(KintapDesa);
        App.ActAs(Roles.Loket, userId: "loket-1");
        UnverifiedWorker = (await App.Get<WorkerService>().CreateAsync(new WorkerDraftBuilder(today: new DateOnly(2026, 6, 5)).Build())).Id;
        App.ActAsDisnakerind();
        ApbdSponsorship = await App.Get<SponsorshipService>().RecordOtherCoverageAsync(
            new OtherCoverageRequest(await App.VerifiedWorkerAsync(), FundingSource.Apbd, "APBD 2026", new AdoptionTerms(false, new YearMonth(2026, 7), 6)));

        await using var db = await App.DbAsync();
        var sponsorship = await db.Sponsorships.FirstAsync(s => s.CompanyId == B.Id);
        (SponsorshipOfB, WorkerOfB, BatchOfB) = (sponsorship.Id, sponsorship.WorkerId, sponsorship.BatchId);
        WorkerNamesOfB = await db.Sponsorships.Where(s => s.CompanyId == B.Id).Join(db.Workers, s => s.WorkerId, w => w.Id, (_, w) => w.FullName).ToListAsync();
        InvoiceNumberOfB = (await db.Invoices.SingleAsync(i => i.Id == InvoiceOfB)).Number!;
    }

    public async Task DisposeAsync() => await App.DisposeAsync();

    private async Task<int> LetterDistributedToAsync(Company company)
    {
        var letters = App.Get<CircularLetterService>();
        App.InvoiceActAsDrafter();
        var id = await letters.CreateDraftAsync(letters.NewFromTemplate() with { Signer = CircularLetterPdfTests.KepalaDinas });
        await letters.SubmitAsync(id);
        App.ActAsAdmin();
        await letters.ApproveAsync(id);
        await letters.SignAsync(id);
        var distribution = App.Get<LetterDistributionService>();
        await distribution.SetRecipientsAsync(id, [new RecipientChoice(company.Id)]);
        await distribution.DistributeAsync(id, DeliveryChannel.Email);
        return id;
    }
}

// A Csr user of company A asks for company B's records by id: every answer is "not found", never the record
// and never "forbidden" (which would confirm the id exists). Which operations take an id is found by reflection,
// so a new one fails Every_id_taking_operation_is_walked_or_denied_to_Csr until it is walked here.
public sealed class IdorTests(IdorFixture f) : IClassFixture<IdorFixture>
{
    private static readonly AdoptionTerms Next2027 = new(false, new YearMonth(2027, 1), 6);
    private static readonly AdoptionTerms Next2028 = new(false, new YearMonth(2028, 1), 6);

    private TestApp App => f.App;

    // Operation → calls with B's ids (and, for letters, B's letter with A's own company id); each must be NotFound.
    private IReadOnlyDictionary<string, Func<Task>[]> Calls => new Dictionary<string, Func<Task>[]>(StringComparer.Ordinal)
    {
        ["LetterDistributionService.AcknowledgeAsync"] =
        [
            () => Get<LetterDistributionService>().AcknowledgeAsync(f.LetterOfB, f.B.Id),
            () => Get<LetterDistributionService>().AcknowledgeAsync(f.LetterOfB, f.A.Id),
        ],
        ["LetterDistributionService.PledgeAsync"] =
        [
            () => Get<LetterDistributionService>().PledgeAsync(f.LetterOfB, f.B.Id, 10, 6),
            () => Get<LetterDistributionService>().PledgeAsync(f.LetterOfB, f.A.Id, 10, 6),
        ],
        ["LetterDocumentService.CompanyCopyAsync"] =
        [
            () => Get<LetterDocumentService>().CompanyCopyAsync(f.LetterOfB, f.B.Id),
            () => Get<LetterDocumentService>().CompanyCopyAsync(f.LetterOfB, f.A.Id),
        ],
        ["CompanyService.GetAsync"] = [() => Get<CompanyService>().GetAsync(f.B.Id)],
        ["CompanyService.GetEditFormAsync"] = [() => Get<CompanyService>().GetEditFormAsync(f.B.Id)],
        ["CompanyService.UpdateAsync"] = [() => Get<CompanyService>().UpdateAsync(f.B.Id, new CompanyDraft { LegalName = "PT Diambil Alih" }, f.B.Version)],
        ["CsrStatementService.GetAsync"] = [() => Get<CsrStatementService>().GetAsync(f.B.Id, 2026)],
        ["CsrStatementService.PdfAsync"] = [() => Get<CsrStatementService>().PdfAsync(f.B.Id, 2026)],
        ["CsrStatementService.ExcelAsync"] = [() => Get<CsrStatementService>().ExcelAsync(f.B.Id, 2026)],
        ["DashboardService.CsrAsync"] = [() => Get<DashboardService>().CsrAsync(f.B.Id)],
        ["InvoiceDocumentService.InvoicePdfAsync"] = [() => Get<InvoiceDocumentService>().InvoicePdfAsync(f.InvoiceOfB)],
        ["ReceiptDocumentService.ReceiptPdfAsync"] = [() => Get<ReceiptDocumentService>().ReceiptPdfAsync(f.PaymentOfB)],
        ["InvoiceDocumentService.InvoicesZipAsync"] = [() => Get<InvoiceDocumentService>().InvoicesZipAsync([f.InvoiceOfB])],
        ["InvoiceService.GetAsync"] = [() => Get<InvoiceService>().GetAsync(f.InvoiceOfB)],
        ["InvoiceService.GetDocumentModelAsync"] = [() => Get<InvoiceService>().GetDocumentModelAsync(f.InvoiceOfB)],
        ["PaymentService.GetReceiptModelAsync"] = [() => Get<PaymentService>().GetReceiptModelAsync(f.PaymentOfB)],
        ["SponsorshipService.GetAsync"] = [() => Get<SponsorshipService>().GetAsync(f.SponsorshipOfB)],
        ["SponsorshipService.CancelAsync"] = [() => Get<SponsorshipService>().CancelAsync(f.SponsorshipOfB, "bukan milik kami")],
        ["SponsorshipService.ExtendAsync"] = [() => Get<SponsorshipService>().ExtendAsync([f.SponsorshipOfB], 6, includeJht: false)],
        ["RetentionService.GetAsync"] = [() => Get<RetentionService>().GetAsync(f.B.Id)],
        ["SponsorshipService.CompanyTotalsAsync"] = [() => Get<SponsorshipService>().CompanyTotalsAsync(f.B.Id)],
    };

    // Operations with an id parameter that a Csr caller may not call at all; ServiceAccessTests shows each refuses Csr.
    private static readonly string[] DeniedToCsr =
    [
        "CircularLetterService.CreateFollowUpAsync", "CircularLetterService.UpdateDraftAsync", "CircularLetterService.SubmitAsync",
        "CircularLetterService.ReturnAsync", "CircularLetterService.ApproveAsync", "CircularLetterService.SignAsync",
        "LetterDocumentService.UploadSignedFileAsync", "LetterDistributionService.SetRecipientsAsync", "LetterDistributionService.DistributeAsync",
        "LetterDistributionService.RecordSentAsync", "LetterDistributionService.RemindAsync", "CircularLetterService.GetAsync",
        "LetterFunnelService.FunnelAsync", "LetterDocumentService.OfficialPdfAsync", "LetterDocumentService.CombinedPdfAsync",
        "LetterDocumentService.CombinedPdfFileAsync",
        "CompanyService.SetActiveAsync",
        "DeskService.GetAsync", "DeskService.GetEditFormAsync", "DeskService.UpdateAsync",
        "WorkerImportService.ImportValidRowsAsync",
        "OutreachService.GetAsync", "OutreachService.GetEditFormAsync", "OutreachService.UpdateAsync", "OutreachService.MarkHeldAsync",
        "OutreachService.CancelAsync", "OutreachService.AddAttachmentAsync", "OutreachService.GetAttachmentAsync", "OutreachService.RemoveAttachmentAsync",
        "LeadService.GetAsync", "LeadService.RecordContactAsync", "LeadService.CloseAsync", "LeadService.RegistrationDraftAsync",
        "InvoiceService.ListBillableAsync", "InvoiceService.UpdateDraftAsync", "InvoiceService.IssueAsync",
        "InvoiceService.IssueAllForCompanyAsync", "InvoiceService.CancelAsync", "InvoiceService.RemoveDraftWorkerAsync",
        "PaymentService.RecordAsync", "PaymentService.ReverseAsync", "PaymentService.GetProofAsync",
        "RateService.UpdateVersionAsync",
        "HandoverService.RecordOutcomeAsync",
        "WorkerService.GetAsync", "WorkerService.GetEditFormAsync", "WorkerService.UpdateAsync", "WorkerService.VerifyAsync",
        "WorkerService.ClearReviewAsync",
    ];

    // An id inside a query or request of an operation a Csr may call ("Operation Type.Property"): the caller's own
    // company replaces it, or it answers "not found". Each check runs as company A with B's ids.
    private IReadOnlyDictionary<string, Func<Task>> ScopedCalls => new Dictionary<string, Func<Task>>(StringComparer.Ordinal)
    {
        ["AdoptionService.FindEligibleAsync EligibleQuery.CompanyId"] = async () =>
        {
            var own = await Get<AdoptionService>().FindEligibleAsync(new EligibleQuery(Next2027));
            var asked = await Get<AdoptionService>().FindEligibleAsync(new EligibleQuery(Next2027, f.B.Id));
            Assert.Contains(own.Items, w => w.Id == f.WorkerNearB && w.Proximity == Proximity.ProgrammeArea);
            Assert.Equal(own.Items, asked.Items);
        },
        ["AdoptionService.AutoPickAsync EligibleQuery.CompanyId"] = async () =>
        {
            // Ranked for B, the worker in B's kecamatan would come first.
            var picked = await Get<AdoptionService>().AutoPickAsync(new EligibleQuery(Next2027, f.B.Id), 1);
            Assert.NotEqual(f.WorkerNearB, Assert.Single(picked));
        },
        ["AdoptionService.PreviewCostAsync CostRequest.CompanyId"] = async () =>
        {
            var asked = await Get<AdoptionService>().PreviewCostAsync(new CostRequest([f.WorkerNearB], Next2027, f.B.Id));
            Assert.Equal(await Get<AdoptionService>().PreviewCostAsync(new CostRequest([f.WorkerNearB], Next2027)), asked);
            Assert.Null(asked.AnnualBudget);
        },
        ["AdoptionService.PreviewCostAsync CostRequest.WorkerIds"] = () =>
            Assert.ThrowsAsync<NotFoundException>(() => Get<AdoptionService>().PreviewCostAsync(new CostRequest([f.UnverifiedWorker], Next2027))),
        ["AdoptionService.SubmitAsync AdoptionRequest.CompanyId"] = async () =>
        {
            var result = await Get<AdoptionService>().SubmitAsync(new AdoptionRequest([f.WorkerNearB], Next2028, f.B.Id));
            await using var db = await App.DbAsync();
            Assert.Equal(f.A.Id, (await db.Sponsorships.SingleAsync(s => s.Id == Assert.Single(result.SponsorshipIds))).CompanyId);
        },
        ["AdoptionService.SubmitAsync AdoptionRequest.WorkerIds"] = () =>
            Assert.ThrowsAsync<NotFoundException>(() => Get<AdoptionService>().SubmitAsync(new AdoptionRequest([f.UnverifiedWorker], Next2027))),
        ["SponsorshipService.ListAsync SponsorshipQuery.CompanyId"] = () => NoSponsorshipOfBAsync(new SponsorshipQuery(CompanyId: f.B.Id)),
        ["SponsorshipService.ListAsync SponsorshipQuery.WorkerId"] = () => NoSponsorshipOfBAsync(new SponsorshipQuery(WorkerId: f.WorkerOfB)),
        ["SponsorshipService.ListAsync SponsorshipQuery.BatchId"] = () => NoSponsorshipOfBAsync(new SponsorshipQuery(BatchId: f.BatchOfB)),
        ["SponsorshipService.StreamAsync SponsorshipQuery.CompanyId"] = () => NoStreamedSponsorshipOfBAsync(new SponsorshipQuery(CompanyId: f.B.Id)),
        ["SponsorshipService.StreamAsync SponsorshipQuery.WorkerId"] = () => NoStreamedSponsorshipOfBAsync(new SponsorshipQuery(WorkerId: f.WorkerOfB)),
        ["SponsorshipService.StreamAsync SponsorshipQuery.BatchId"] = () => NoStreamedSponsorshipOfBAsync(new SponsorshipQuery(BatchId: f.BatchOfB)),
        ["ExportService.SponsorshipsAsync SponsorshipQuery.CompanyId"] = () => ExportShowsNoneOfAsync(Get<ExportService>().SponsorshipsAsync(new SponsorshipQuery(CompanyId: f.B.Id)), f.WorkerNamesOfB),
        ["ExportService.SponsorshipsAsync SponsorshipQuery.WorkerId"] = () => ExportShowsNoneOfAsync(Get<ExportService>().SponsorshipsAsync(new SponsorshipQuery(WorkerId: f.WorkerOfB)), f.WorkerNamesOfB),
        ["ExportService.SponsorshipsAsync SponsorshipQuery.BatchId"] = () => ExportShowsNoneOfAsync(Get<ExportService>().SponsorshipsAsync(new SponsorshipQuery(BatchId: f.BatchOfB)), f.WorkerNamesOfB),
        ["InvoiceService.ListAsync InvoiceQuery.CompanyId"] = async () =>
            Assert.DoesNotContain((await Get<InvoiceService>().ListAsync(new InvoiceQuery(CompanyId: f.B.Id))).Items, i => i.CompanyId == f.B.Id),
        ["InvoiceService.StreamAsync InvoiceQuery.CompanyId"] = async () =>
        {
            await foreach (var invoice in Get<InvoiceService>().StreamAsync(new InvoiceQuery(CompanyId: f.B.Id)))
            {
                Assert.NotEqual(f.B.Id, invoice.CompanyId);
            }
        },
        ["InvoiceService.TotalsAsync InvoiceQuery.CompanyId"] = async () =>
            Assert.Equal(await Get<InvoiceService>().TotalsAsync(new InvoiceQuery()), await Get<InvoiceService>().TotalsAsync(new InvoiceQuery(CompanyId: f.B.Id))),
        ["ExportService.InvoicesAsync InvoiceQuery.CompanyId"] = () => ExportShowsNoneOfAsync(Get<ExportService>().InvoicesAsync(new InvoiceQuery(CompanyId: f.B.Id)), [f.InvoiceNumberOfB, f.B.LegalName]),

        // The keyset cursor (decision 0199) names a row to start after: one past B's invoice still lists only the caller's.
        ["InvoiceService.ListAsync InvoiceQuery.AfterId"] = async () =>
            Assert.DoesNotContain((await Get<InvoiceService>().ListAsync(new InvoiceQuery(AfterId: f.InvoiceOfB + 1))).Items, i => i.CompanyId == f.B.Id),
        ["InvoiceService.StreamAsync InvoiceQuery.AfterId"] = async () =>
        {
            await foreach (var invoice in Get<InvoiceService>().StreamAsync(new InvoiceQuery(AfterId: f.InvoiceOfB + 1)))
            {
                Assert.NotEqual(f.B.Id, invoice.CompanyId);
            }
        },
        ["InvoiceService.TotalsAsync InvoiceQuery.AfterId"] = async () =>
            Assert.Equal(await Get<InvoiceService>().TotalsAsync(new InvoiceQuery()), await Get<InvoiceService>().TotalsAsync(new InvoiceQuery(AfterId: f.InvoiceOfB + 1))),
        ["ExportService.InvoicesAsync InvoiceQuery.AfterId"] = () =>
            ExportShowsNoneOfAsync(Get<ExportService>().InvoicesAsync(new InvoiceQuery(AfterId: f.InvoiceOfB + 1)), [f.InvoiceNumberOfB, f.B.LegalName]),
    };

    public static TheoryData<string> Operations() => new(new IdorTests(null!).Calls.Keys);

    public static TheoryData<string> ScopedOperations() => new(new IdorTests(null!).ScopedCalls.Keys);

    [Fact]
    public void Every_id_taking_operation_is_walked_or_denied_to_Csr()
    {
        var idTaking = ServiceCatalog.Operations.Where(o => o.Value.GetParameters().Any(IdTypes.IsIdParameter)).Select(o => o.Key).ToHashSet(StringComparer.Ordinal);

        Assert.True(idTaking.Count >= 40, $"only {idTaking.Count} id-taking operations found");
        Assert.Empty(idTaking.Except(Calls.Keys).Except(DeniedToCsr).Order(StringComparer.Ordinal));
        Assert.Empty(Calls.Keys.Concat(DeniedToCsr).Except(idTaking).Order(StringComparer.Ordinal));
        Assert.Empty(Calls.Keys.Intersect(DeniedToCsr).Order(StringComparer.Ordinal));
    }

    // The exemption cannot lie: an operation listed as denied to Csr is one the matrix (walked by ServiceAccessTests)
    // refuses to Csr, and a walked one is one Csr may call.
    [Fact]
    public void What_is_denied_to_Csr_here_is_denied_in_the_matrix_and_what_is_walked_is_allowed()
    {
        Assert.All(DeniedToCsr, op => Assert.DoesNotContain(Roles.Csr, AccessMatrix.Operations[op]));
        Assert.All(Calls.Keys, op => Assert.Contains(Roles.Csr, AccessMatrix.Operations[op]));
    }

    [Fact]
    public void Every_id_inside_a_query_or_request_a_Csr_may_send_is_walked()
    {
        var pairs = ServiceCatalog.Operations
            .Where(o => AccessMatrix.Operations.TryGetValue(o.Key, out var roles) && roles.Contains(Roles.Csr))
            .SelectMany(o => o.Value.GetParameters()
                .Where(p => p.ParameterType.Assembly == typeof(SponsorshipService).Assembly && !p.ParameterType.IsEnum)
                .SelectMany(p => p.ParameterType.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(IdTypes.IsIdProperty))
                .Select(prop => $"{o.Key} {prop.DeclaringType!.Name}.{prop.Name}"))
            .ToHashSet(StringComparer.Ordinal);

        Assert.True(pairs.Count >= 10, $"only {pairs.Count} ids inside queries found");
        Assert.Empty(pairs.Except(ScopedCalls.Keys).Order(StringComparer.Ordinal));
        Assert.Empty(ScopedCalls.Keys.Except(pairs).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Company_A_gets_not_found_for_company_B_ids(string operation)
    {
        foreach (var call in Calls[operation])
        {
            App.ActAsCsrOf(f.A);
            await Assert.ThrowsAsync<NotFoundException>(call);
        }
    }

    [Theory]
    [MemberData(nameof(ScopedOperations))]
    public async Task Company_B_ids_in_a_query_or_request_of_company_A_reach_nothing_of_B(string operation)
    {
        App.ActAsCsrOf(f.A);

        await ScopedCalls[operation]();
    }

    // Csr callers never read the worker register at all (only through their own sponsorships).
    [Fact]
    public async Task Company_A_cannot_open_a_worker_of_company_B() =>
        await Assert.ThrowsAsync<AccessDeniedException>(async () =>
        {
            App.ActAsCsrOf(f.A);
            await App.Get<WorkerService>().GetAsync(f.WorkerOfB);
        });

    // A Csr account that lost its company binding is broken: refused, not shown what belongs to no company.
    [Fact]
    public async Task A_Csr_account_without_a_company_cannot_read_or_cancel_coverage_funded_by_no_company()
    {
        App.ActAs(Roles.Csr, companyId: null, userId: "csr-tanpa-perusahaan");

        await Assert.ThrowsAsync<AccessDeniedException>(() => Get<SponsorshipService>().GetAsync(f.ApbdSponsorship));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Get<SponsorshipService>().CancelAsync(f.ApbdSponsorship, "bukan milik kami"));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Get<SponsorshipService>().ExtendAsync([f.ApbdSponsorship], 6, includeJht: false));
    }

    private T Get<T>()
        where T : notnull => App.Get<T>();

    private async Task NoSponsorshipOfBAsync(SponsorshipQuery query) =>
        Assert.DoesNotContain((await Get<SponsorshipService>().ListAsync(query)).Items, s => s.CompanyId == f.B.Id);

    private async Task NoStreamedSponsorshipOfBAsync(SponsorshipQuery query)
    {
        await foreach (var row in Get<SponsorshipService>().StreamAsync(query))
        {
            Assert.NotEqual(f.B.Id, row.CompanyId);
        }
    }

    private static async Task ExportShowsNoneOfAsync(Task<RenderedDocument> export, IReadOnlyList<string> texts)
    {
        using var workbook = new XLWorkbook(new MemoryStream((await export).Content));
        var cells = workbook.Worksheets.SelectMany(s => s.CellsUsed()).Select(c => c.GetString()).ToList();
        Assert.NotEmpty(cells);
        Assert.DoesNotContain(cells, c => texts.Contains(c, StringComparer.Ordinal));
    }
}

// Which parameters and properties carry a record id: id, …Id or …Ids, as int, long or Guid (nullable or a collection).
public static class IdTypes
{
    public static bool IsIdParameter(ParameterInfo parameter) => IsIdName(parameter.Name!) && IsIdType(parameter.ParameterType);

    public static bool IsIdProperty(PropertyInfo property) => IsIdName(property.Name) && IsIdType(property.PropertyType);

    private static bool IsIdName(string name) =>
        name is "id" or "Id" || name.EndsWith("Id", StringComparison.Ordinal) || name.EndsWith("Ids", StringComparison.Ordinal);

    private static bool IsIdType(Type type)
    {
        var element = type.IsArray
            ? type.GetElementType()!
            : type.GetInterfaces().Append(type).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0] ?? type;
        element = Nullable.GetUnderlyingType(element) ?? element;
        return element == typeof(int) || element == typeof(long) || element == typeof(Guid);
    }
}
