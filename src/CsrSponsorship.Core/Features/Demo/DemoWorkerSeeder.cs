using System.Globalization;
using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Data;
using CsrSponsorship.Core.Data.Seeding;
using CsrSponsorship.Core.Domain.Workers;
using CsrSponsorship.Core.Features.Wilayah;
using Microsoft.EntityFrameworkCore;

namespace CsrSponsorship.Core.Features.Demo;

// Synthetic workers from seeds/demo/workers.csv (tools/generate_demo_workers.py). Every row goes
// through the same WorkerValidator as a real registration, so the demo never shows data the app would refuse.
internal static class DemoWorkerSeeder
{
    public static async Task SeedAsync(AppDbContext db, string registrarId, string verifierId, WorkerRulesOptions rules, TimeProvider clock, CancellationToken ct)
    {
        var desa = await DesaLookup.LoadAsync(db, ct);
        var today = Wita.Today(clock);
        var now = clock.GetUtcNow().UtcDateTime;
        var workers = new List<Worker>();

        // columns: nik,nama,tempat_lahir,tanggal_lahir,jenis_kelamin,kode_desa,rt,rw,alamat,no_hp,pekerjaan,penghasilan,asal,tanggal_persetujuan,status
        foreach (var r in SeedFiles.ReadCsv("demo/workers.csv"))
        {
            var draft = new WorkerDraft
            {
                Nik = r[0], FullName = r[1], BirthPlace = r[2], BirthDate = DateOnly.ParseExact(r[3], "yyyy-MM-dd", CultureInfo.InvariantCulture),
                Sex = r[4] == "P" ? Sex.Female : Sex.Male, DesaCode = r[5], Rt = r[6], Rw = r[7], Address = r[8], Phone = r[9],
                OccupationCode = r[10], DeclaredIncome = long.Parse(r[11], CultureInfo.InvariantCulture),
                Provenance = Enum.Parse<Provenance>(r[12]), ConsentCollectedBy = "Petugas pendataan (demo)",
                ConsentCollectedOn = DateOnly.ParseExact(r[13], "yyyy-MM-dd", CultureInfo.InvariantCulture),
            };
            var validation = WorkerValidator.Validate(draft, desa, rules, today);
            if (!validation.IsValid)
            {
                throw new InvalidOperationException($"Demo worker seed row {r[0][..6]}… fails the rules: {validation.Errors[0].Message}");
            }

            var worker = Worker.Register(validation.Value!, registrarId, now);
            if (r[14] == nameof(WorkerStatus.Terverifikasi))
            {
                worker.Verify(verifierId, now);
            }

            workers.Add(worker);
        }

        db.ChangeTracker.AutoDetectChangesEnabled = false;
        db.Workers.AddRange(workers);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.AutoDetectChangesEnabled = true;
    }
}
