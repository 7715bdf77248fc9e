namespace CsrSponsorship.Core.Domain.Invoicing;

// What becomes of an issued invoice's sponsorships when it is cancelled: the officer says which (decision 0190).
// A draft never billed them, so they simply stay Diajukan.
public enum SponsorshipsOnCancel
{
    // Back to Diajukan: the months stay reserved and the sponsorships can go on another invoice.
    BackToDiajukan = 1,

    // Batal: the months are freed for another funder; the company must adopt again to sponsor them.
    Cancelled = 2,
}
