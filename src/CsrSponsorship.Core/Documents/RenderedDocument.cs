namespace CsrSponsorship.Core.Documents;

// A finished file for download: what every PDF, workbook and zip the services produce is handed out as.
public sealed record RenderedDocument(string FileName, byte[] Content);
