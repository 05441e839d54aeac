using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Tongxin.Data.Diagnostics;

/// <summary>
/// The time one request spent in the database: every statement EF Core ran for it, from sending the command until its
/// rows were read (the reader disposed). <see cref="Start"/> opens a measurement for the current async flow; the
/// interceptor adds to it. Shown as <c>Server-Timing</c> when <c>Tongxin:ServerTiming</c> is on, so the benchmark can
/// set an endpoint's time against the SQL it ran (issue 6).
/// </summary>
public sealed class DbTime
{
    private static readonly AsyncLocal<DbTime?> current = new();
    private long ticks;
    private int statements;

    public static DbTime Start() => current.Value = new DbTime();
    public static DbTime? Current => current.Value;

    public TimeSpan Elapsed => TimeSpan.FromTicks(Interlocked.Read(ref ticks));
    public int Statements => Volatile.Read(ref statements);

    internal void Add(TimeSpan duration, bool statement = true)
    {
        Interlocked.Add(ref ticks, duration.Ticks);
        if (statement) Interlocked.Increment(ref statements);
    }

    /// <summary>Adds each statement to the measurement of its flow, if one is open; costs nothing otherwise.</summary>
    public sealed class Interceptor : DbCommandInterceptor
    {
        public static readonly Interceptor Instance = new();

        // A query's time is its execution (until the reader opens) plus reading its rows (until the reader is
        // disposed).
        public override DbDataReader ReaderExecuted(DbCommand command,
            CommandExecutedEventData eventData, DbDataReader result)
        {
            Current?.Add(eventData.Duration);
            return result;
        }

        public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command,
            CommandExecutedEventData eventData, DbDataReader result, CancellationToken ct = default)
        {
            Current?.Add(eventData.Duration);
            return ValueTask.FromResult(result);
        }

        public override InterceptionResult DataReaderDisposing(DbCommand command,
            DataReaderDisposingEventData eventData, InterceptionResult result)
        {
            Current?.Add(eventData.Duration, statement: false);
            return result;
        }

        public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
        {
            Current?.Add(eventData.Duration);
            return result;
        }

        public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData,
            int result, CancellationToken ct = default)
        {
            Current?.Add(eventData.Duration);
            return ValueTask.FromResult(result);
        }

        public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
        {
            Current?.Add(eventData.Duration);
            return result;
        }

        public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData,
            object? result, CancellationToken ct = default)
        {
            Current?.Add(eventData.Duration);
            return ValueTask.FromResult(result);
        }

        public override void CommandFailed(DbCommand command, CommandErrorEventData eventData) =>
            Current?.Add(eventData.Duration);

        public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData,
            CancellationToken ct = default)
        {
            Current?.Add(eventData.Duration);
            return Task.CompletedTask;
        }
    }
}
