using CsrSponsorship.Core.Data;
using CsrSponsorship.Tests.Infrastructure;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace CsrSponsorship.Tests.Data;

// The in-process write gate on SQLite (decision 0218): writers of one process queue for their turn instead of
// sleeping in SQLite's busy handler, and every way a transaction can end hands the turn on. Each "got in at once"
// below is checked on the returned task itself: SQLite's BEGIN IMMEDIATE is synchronous, so a writer that has its
// turn finishes BeginTransactionAsync before the call returns, and one that must wait returns an unfinished task
// (without the gate it would block the calling thread in the busy handler, and the writer ahead of it could never commit).
public sealed class SqliteWriteGateTests
{
    [Fact]
    public async Task A_second_writer_waits_in_the_queue_and_begins_when_the_first_commits()
    {
        await using var app = await TestApp.StartAsync();
        await using var first = await app.DbAsync();
        await using var second = await app.DbAsync();

        var firstTurn = await first.Database.BeginTransactionAsync();
        first.DataProtectionKeys.Add(Key("pertama"));
        await first.SaveChangesAsync();

        var secondTurn = second.Database.BeginTransactionAsync();
        Assert.False(secondTurn.IsCompleted);

        await firstTurn.CommitAsync();
        await using (var transaction = await secondTurn)
        {
            second.DataProtectionKeys.Add(Key("kedua"));
            await second.SaveChangesAsync();
            await transaction.CommitAsync();
        }

        await firstTurn.DisposeAsync();
        await using var check = await app.DbAsync();
        Assert.Equal(["kedua", "pertama"], await check.DataProtectionKeys.Where(k => k.FriendlyName == "pertama" || k.FriendlyName == "kedua").Select(k => k.FriendlyName!).Order().ToListAsync());
    }

    [Fact]
    public async Task A_rolled_back_transaction_hands_the_turn_on()
    {
        await using var app = await TestApp.StartAsync();
        await using (var db = await app.DbAsync())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await transaction.RollbackAsync();
        }

        await AssertNextWriterGetsInAtOnceAsync(app);
    }

    [Fact]
    public async Task A_transaction_disposed_without_commit_hands_the_turn_on_and_keeps_nothing()
    {
        await using var app = await TestApp.StartAsync();
        await using (var db = await app.DbAsync())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.DataProtectionKeys.Add(Key("tidak-jadi"));
            await db.SaveChangesAsync();
        }

        await AssertNextWriterGetsInAtOnceAsync(app);
        await using var check = await app.DbAsync();
        Assert.False(await check.DataProtectionKeys.AnyAsync(k => k.FriendlyName == "tidak-jadi"));
    }

    [Fact]
    public async Task A_save_the_database_refuses_hands_the_turn_on()
    {
        await using var app = await TestApp.StartAsync();
        await using (var db = await app.DbAsync())
        {
            db.DataProtectionKeys.Add(new DataProtectionKey { Id = 7, FriendlyName = "a", Xml = "<key/>" });
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.DataProtectionKeys.Add(new DataProtectionKey { Id = 7, FriendlyName = "b", Xml = "<key/>" });
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }

        await AssertNextWriterGetsInAtOnceAsync(app);
    }

    [Fact]
    public async Task Writers_to_different_database_files_do_not_wait_for_each_other()
    {
        await using var one = await TestApp.StartAsync();
        await using var other = await TestApp.StartAsync();
        await using var db = await one.DbAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();

        await AssertNextWriterGetsInAtOnceAsync(other);
    }

    [Fact]
    public async Task Two_instances_in_one_process_on_one_file_share_the_turn()
    {
        await using var a = await TestApp.StartAsync();
        await using var b = await TestApp.StartAsync(databasePath: a.DatabasePath);
        await using var onA = await a.DbAsync();
        await using var onB = await b.DbAsync();

        var turnA = await onA.Database.BeginTransactionAsync();
        var turnB = onB.Database.BeginTransactionAsync();
        Assert.False(turnB.IsCompleted);

        await turnA.CommitAsync();
        await using var transaction = await turnB;
        await transaction.CommitAsync();
        await turnA.DisposeAsync();
    }

    private static async Task AssertNextWriterGetsInAtOnceAsync(TestApp app)
    {
        await using var db = await app.DbAsync();
        var turn = db.Database.BeginTransactionAsync();
        Assert.True(turn.IsCompletedSuccessfully);
        await using var transaction = await turn;
        await transaction.CommitAsync();
    }

    private static DataProtectionKey Key(string name) => new() { FriendlyName = name, Xml = "<key/>" };
}
