namespace Tongxin.Web.Infrastructure.Uploads;

/// <summary>
/// Reads through another stream and stops with <see cref="TooLargeException"/> once more than the budget has come
/// out of it: the declared sizes of a zip entry are the sender's word, the bytes that inflate are the fact.
/// </summary>
internal sealed class CountingStream(Stream inner, Budget budget) : Stream
{
    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var n = inner.Read(buffer);
        budget.Spend(n);
        return n;
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}

/// <summary>How many unpacked bytes one upload may still produce, shared by all its parts.</summary>
internal sealed class Budget(long bytes)
{
    public long Left { get; private set; } = bytes;

    public void Spend(long n)
    {
        Left -= n;
        if (Left < 0) throw new TooLargeException();
    }
}

internal sealed class TooLargeException() : Exception("The upload unpacks to more than its limit");
