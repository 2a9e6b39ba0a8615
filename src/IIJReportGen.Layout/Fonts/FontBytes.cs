using System.Buffers;
using System.Collections.Concurrent;
using System.IO.MemoryMappedFiles;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using SkiaSharp;

namespace IIJReportGen.Layout;

/// <summary>
/// A font file's bytes in native memory that nobody copies: a read-only map of the file, or the map Skia already holds
/// for an installed font. Skia, HarfBuzz and the subsetter all read this one copy; only the pages they touch are resident.
/// </summary>
/// <remarks>Font files stay mapped for the life of the process: faces are never unloaded.</remarks>
internal sealed unsafe class FontBytes : MemoryManager<byte>
{
    // One map per file, shared by every library in the process (tests make many).
    private static readonly ConcurrentDictionary<string, FontBytes> Mapped = new(StringComparer.Ordinal);

    private readonly byte* _pointer;

    // Whatever keeps the memory valid: the view of a mapped file, or Skia's stream.
    private readonly object _owner;

    // The file mapped, when it is one of ours (an installed font's bytes are Skia's).
    private readonly string? _file;

    private string? _sha256;

    private FontBytes(byte* pointer, int length, object owner, string? file = null)
    {
        _pointer = pointer;
        Length = length;
        _owner = owner;
        _file = file;
    }

    public IntPtr Pointer => (IntPtr)_pointer;

    public int Length { get; }

    /// <summary>Maps a font file read-only (once per process).</summary>
    /// <exception cref="IOException">The file cannot be read, or is empty or over 2 GB.</exception>
    public static FontBytes Map(string path) => Mapped.GetOrAdd(Path.GetFullPath(path), static full =>
    {
        var length = new FileInfo(full).Length;
        if (length is 0 or > int.MaxValue)
            throw new IOException($"Font file '{full}' is {length} bytes: not a font.");
        using var file = MemoryMappedFile.CreateFromFile(full, FileMode.Open, null, 0, MemoryMappedFileAccess.Read);
        var view = file.CreateViewAccessor(0, length, MemoryMappedFileAccess.Read);
        byte* pointer = null;
        view.SafeMemoryMappedViewHandle.AcquirePointer(ref pointer);
        return new FontBytes(pointer + view.PointerOffset, (int)length, view, full);
    });

    /// <summary>The SHA-256 of the bytes, lowercase hex, worked out once per process (every build of a batch names the font).</summary>
    /// <remarks>A mapped file is hashed by reading the file, the same bytes, rather than through the map, which would make every
    /// page of it resident in this process: a build reads some 2 MB of each Japanese font's 6–8 MB.</remarks>
    public string Sha256 => _sha256 ??= Convert.ToHexStringLower(_file is null ? SHA256.HashData(GetSpan()) : HashFile(_file));

    private static byte[] HashFile(string file)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16, FileOptions.SequentialScan);
        return SHA256.HashData(stream);
    }

    /// <summary>The bytes behind an installed font's stream: Skia's own map of the file when it has one, else one native copy.</summary>
    public static FontBytes Of(SKStreamAsset stream)
    {
        var length = checked((int)stream.Length);
        var memory = stream.GetMemoryBase();
        if (memory != IntPtr.Zero)
            return new FontBytes((byte*)memory, length, stream);
        var copy = (byte*)NativeMemory.Alloc((nuint)length);
        var read = stream.Read((IntPtr)copy, length);
        stream.Dispose();
        if (read != length)
            throw new IOException($"A font stream gave {read} of its {length} bytes.");
        return new FontBytes(copy, length, new object());
    }

    public override Span<byte> GetSpan() => new(_pointer, Length);

    // The handle holds this manager, so whoever pins (the subsetter, for the length of hb-subset) keeps the owner of the
    // memory alive (an installed font's bytes belong to a Skia stream, which frees them when it is collected).
    public override MemoryHandle Pin(int elementIndex = 0) => new(_pointer + elementIndex, pinnable: this);

    public override void Unpin()
    {
    }

    protected override void Dispose(bool disposing)
    {
    }

    public override string ToString() => $"{Length} bytes held by {_owner.GetType().Name}";
}
