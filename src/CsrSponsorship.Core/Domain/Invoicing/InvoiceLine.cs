using CsrSponsorship.Core.Domain.Contributions;

namespace CsrSponsorship.Core.Domain.Invoicing;

// One printed line: participants × months × rate. Months counts worker-months, so that
// Amount = Months × UnitAmount always holds; a discount line has a negative unit amount.
public class InvoiceLine
{
    public int Id { get; private set; }

    public int InvoiceId { get; private set; }

    public int SortOrder { get; private set; }

    public Programme Programme { get; private set; }

    public bool IsDiscount { get; private set; }

    public string Description { get; private set; } = "";

    public int Participants { get; private set; }

    public int Months { get; private set; }

    public long UnitAmount { get; private set; }

    public long Amount { get; private set; }

    private InvoiceLine()
    {
    }

    internal static InvoiceLine Create(int sortOrder, Programme programme, bool isDiscount, string description, int participants, int months, long unitAmount) => new()
    {
        SortOrder = sortOrder,
        Programme = programme,
        IsDiscount = isDiscount,
        Description = description,
        Participants = participants,
        Months = months,
        UnitAmount = unitAmount,
        Amount = checked(months * unitAmount),
    };
}
