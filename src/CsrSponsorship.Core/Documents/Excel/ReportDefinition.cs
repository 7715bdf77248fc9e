namespace CsrSponsorship.Core.Documents.Excel;

public enum ColumnKind
{
    Text,
    Code,
    Count,
    Money,
    Percent,
    Date,
    DateTime,
}

// Totals default to money and counts; a ratio or a code never adds up.
public sealed record ReportColumn(string Header, ColumnKind Kind, double Width, bool? Total = null)
{
    public bool HasTotal => Total ?? Kind is ColumnKind.Money or ColumnKind.Count;
}

public sealed record ReportDefinition(string SheetName, string Title, string Period, string PrintedAt, IReadOnlyList<ReportColumn> Columns);
