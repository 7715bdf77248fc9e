namespace CsrSponsorship.Core.Domain.Contributions;

// Who pays a worker's contribution decides whether PP 50/2025 discounts apply.
public enum FundingSource
{
    Csr = 1,
    Apbd = 2,
    Apbn = 3,
    Apbdes = 4,
    Mandiri = 5,
}
