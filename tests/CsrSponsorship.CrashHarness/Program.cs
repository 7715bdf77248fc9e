using CsrSponsorship.CrashHarness;

// The "SIGKILL during write" reliability check (docs/operations.md, "Crash safety"): this program writes through the
// app's own services until it is killed, and `check` then looks for what a kill could have broken.
//
//   prepare <db>            create, migrate and seed a database with the demo data, as `dotnet run` does
//   import <db> [rows]      import synthetic worker files (one transaction each) until killed
//   pay <db>                adopt, bill, record and reverse payments until killed
//   check <db> [log ...]    integrity_check + invariants; each log holds the lines a killed run printed,
//                           and everything it reported as committed must still be there
//
// Writers print "<op>-begin ..." before and "<op>-commit ..." after each write, so a driver knows when a
// write is in flight. Exit code: 0 = fine, 1 = broken invariants or integrity errors, 2 = usage.
if (args.Length < 2 || args[0] is not ("prepare" or "import" or "pay" or "check"))
{
    await Console.Error.WriteLineAsync("usage: CsrSponsorship.CrashHarness prepare|import|pay|check <database> [log ...]");
    return 2;
}

var database = Path.GetFullPath(args[1]);
switch (args[0])
{
    case "prepare":
        await using (var app = await HarnessApp.StartAsync(database))
        {
            await Console.Out.WriteLineAsync($"prepared {database}");
        }

        return 0;
    case "import":
        await using (var app = await HarnessApp.StartAsync(database))
        {
            var rows = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : ImportWriter.DefaultRows;
            await new ImportWriter(app, rows).RunAsync();
        }

        return 0;
    case "pay":
        await using (var app = await HarnessApp.StartAsync(database))
        {
            await new PaymentWriter(app).RunAsync();
        }

        return 0;
    default:
        var report = InvariantCheck.Run(database, args.Skip(2).ToList());
        await Console.Out.WriteLineAsync(report.ToText());
        return report.Ok ? 0 : 1;
}
