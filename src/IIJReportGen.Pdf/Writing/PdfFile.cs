using System.Security.Cryptography;
using System.Text;

namespace IIJReportGen.Pdf;

/// <summary>
/// The file's object layer: numbered objects, streams written as they come, the other objects packed into compressed object
/// streams at the end, then a cross-reference stream whose /ID is a hash of every byte before it (same content, same ID).
/// </summary>
internal sealed class PdfFile
{
    // Objects per object stream: larger streams compress better; readers load a whole stream to reach one object.
    private const int ObjectsPerStream = 200;

    private readonly Stream _output;
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly List<long> _offsets = [0]; // by object number; 0 is the free list head
    private readonly List<(int Number, string Body)> _packed = [];
    private readonly Dictionary<int, (int Stream, int Index)> _packedAt = [];
    private long _position;

    // Every stream is compressed here and written out at once, so one buffer serves them all.
    private readonly MemoryStream _compressed = new();

    public PdfFile(Stream output, string version)
    {
        _output = output;
        // The comment of bytes above 127 tells transfer tools the file is binary.
        Emit(Encoding.Latin1.GetBytes("%PDF-" + version + "\n%\u00E2\u00E3\u00CF\u00D3\n"));
    }

    /// <summary>A new object number, for objects that refer to each other before they are written.</summary>
    public int Reserve()
    {
        _offsets.Add(-1);
        return _offsets.Count - 1;
    }

    /// <summary>A non-stream object (dictionary, array): packed into an object stream when the file is finished.</summary>
    public void Write(int number, string body) => _packed.Add((number, body));

    public int Write(string body)
    {
        var number = Reserve();
        Write(number, body);
        return number;
    }

    /// <summary>A stream object, written now; <paramref name="entries"/> are its dictionary's entries without /Length.</summary>
    public void WriteStream(int number, string entries, ReadOnlySpan<byte> data)
    {
        _offsets[number] = _position;
        Emit(Encoding.Latin1.GetBytes(PdfSyntax.Integer(number) + " 0 obj\n<<" + entries + "/Length " + PdfSyntax.Integer(data.Length) + ">>\nstream\n"));
        Emit(data);
        Emit("\nendstream\nendobj\n"u8);
    }

    public int WriteStream(string entries, ReadOnlySpan<byte> data)
    {
        var number = Reserve();
        WriteStream(number, entries, data);
        return number;
    }

    /// <summary>Flate-compresses <paramref name="data"/> into a stream object.</summary>
    public int WriteCompressed(string entries, ReadOnlySpan<byte> data) => WriteDeflated(entries, Deflate.Compress(data, _compressed));

    public void WriteCompressed(int number, string entries, ReadOnlySpan<byte> data) => WriteDeflated(number, entries, Deflate.Compress(data, _compressed));

    /// <summary>A stream object of bytes already Flate-compressed (<paramref name="entries"/>: the dictionary's own entries, each after a space).</summary>
    public int WriteDeflated(string entries, ReadOnlySpan<byte> deflated)
    {
        var number = Reserve();
        WriteDeflated(number, entries, deflated);
        return number;
    }

    public void WriteDeflated(int number, string entries, ReadOnlySpan<byte> deflated) => WriteStream(number, "/Filter /FlateDecode" + entries, deflated);

    /// <summary>Packs the pending objects, then writes the cross-reference stream and the end of the file.</summary>
    public void Finish(int catalog, int info)
    {
        _packed.Sort((a, b) => a.Number.CompareTo(b.Number));
        for (var start = 0; start < _packed.Count; start += ObjectsPerStream)
            WriteObjectStream(_packed.GetRange(start, Math.Min(ObjectsPerStream, _packed.Count - start)));
        var unwritten = Enumerable.Range(1, _offsets.Count - 1).Where(n => _offsets[n] < 0 && !_packedAt.ContainsKey(n)).ToList();
        if (unwritten.Count > 0)
            throw new InvalidOperationException($"PDF objects {string.Join(", ", unwritten)} were reserved but never written.");
        var id = Convert.ToHexString(_hash.GetCurrentHash().AsSpan(0, 16));
        var xref = Reserve();
        _offsets[xref] = _position;
        var table = CrossReferences();
        var entries = "/Type /XRef /Size " + PdfSyntax.Integer(_offsets.Count) + " /W [1 4 2] /Root " + PdfSyntax.Reference(catalog)
            + " /Info " + PdfSyntax.Reference(info) + " /ID [<" + id + "><" + id + ">]";
        WriteDeflated(xref, " " + entries, Deflate.Compress(table));
        Emit(Encoding.ASCII.GetBytes("startxref\n" + PdfSyntax.Integer(_offsets[xref]) + "\n%%EOF\n"));
    }

    private void WriteObjectStream(List<(int Number, string Body)> objects)
    {
        var number = Reserve();
        var header = new StringBuilder();
        var body = new StringBuilder();
        for (var i = 0; i < objects.Count; i++)
        {
            header.Append(PdfSyntax.Integer(objects[i].Number)).Append(' ').Append(PdfSyntax.Integer(body.Length)).Append(' ');
            body.Append(objects[i].Body).Append('\n');
            _packedAt[objects[i].Number] = (number, i);
        }
        var first = header.Length;
        WriteCompressed(number, " /Type /ObjStm /N " + PdfSyntax.Integer(objects.Count) + " /First " + PdfSyntax.Integer(first), Encoding.Latin1.GetBytes(header.Append(body).ToString()));
    }

    /// <summary>Entries of 1 + 4 + 2 bytes: type 0 (free), 1 (offset, generation 0) or 2 (object stream, index).</summary>
    private byte[] CrossReferences()
    {
        var table = new byte[_offsets.Count * 7];
        for (var n = 0; n < _offsets.Count; n++)
        {
            var entry = table.AsSpan(n * 7, 7);
            if (n == 0)
            {
                entry[0] = 0;
                entry[5] = entry[6] = 0xFF;
            }
            else if (_packedAt.TryGetValue(n, out var at))
            {
                entry[0] = 2;
                System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(entry[1..], (uint)at.Stream);
                System.Buffers.Binary.BinaryPrimitives.WriteUInt16BigEndian(entry[5..], (ushort)at.Index);
            }
            else
            {
                entry[0] = 1;
                System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(entry[1..], checked((uint)_offsets[n]));
            }
        }
        return table;
    }

    private void Emit(ReadOnlySpan<byte> bytes)
    {
        _output.Write(bytes);
        _hash.AppendData(bytes);
        _position += bytes.Length;
    }
}
