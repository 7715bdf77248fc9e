using CsrSponsorship.Core.Documents.Spreadsheets;

namespace CsrSponsorship.Web.Components.Shared;

// One chosen .xlsx, handed by SpreadsheetUploadPanel to the page that reads it. The stream is the browser's and
// refuses to go past the panel's size limit; it is closed when the page's handler returns.
public sealed record SpreadsheetUpload(Stream Content, string FileName, long Size, IProgress<ImportProgress> Progress);
