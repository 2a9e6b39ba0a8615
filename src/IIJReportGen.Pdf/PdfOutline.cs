using System.Globalization;
using System.Text;
using IIJReportGen.Layout;

namespace IIJReportGen.Pdf;

/// <summary>
/// Adds an /Outlines tree (bookmarks) to a finished Skia PDF by an incremental update: SkiaSharp 4.155 exposes no outline API,
/// but it writes named destinations (/Dests) that outline items can point to. Appending objects, a new catalog and an xref
/// section leaves Skia's bytes untouched and is deterministic.
/// </summary>
internal static class PdfOutline
{
    /// <summary>The incremental update to write right after <paramref name="pdf"/>; empty when there is no outline.</summary>
    public static byte[] Update(ReadOnlySpan<byte> pdf, IReadOnlyList<OutlineEntry> entries)
    {
        if (entries.Count == 0)
            return [];
        // The PDF is searched as bytes and only the trailer and catalog become text: a 1,000-page PDF is megabytes.
        var trailerAt = pdf.LastIndexOf("trailer"u8);
        var startXrefAt = pdf.LastIndexOf("startxref"u8);
        if (trailerAt < 0 || startXrefAt < trailerAt)
            throw new InvalidOperationException("The PDF has no classic trailer; cannot add an outline.");
        var trailer = Encoding.Latin1.GetString(pdf[trailerAt..startXrefAt]);
        var previousXref = Number(Encoding.Latin1.GetString(pdf[(startXrefAt + "startxref".Length)..]).Trim().Split('\n')[0]);
        var size = Number(After(trailer, "/Size "));
        var root = Number(After(trailer, "/Root "));
        var info = trailer.Contains("/Info ", StringComparison.Ordinal) ? Number(After(trailer, "/Info ")) : -1;
        var catalog = Object(pdf, root);
        var closing = catalog.LastIndexOf(">>", StringComparison.Ordinal);
        var outlineRoot = size;
        var newCatalog = catalog[..closing] + $"\n/Outlines {outlineRoot} 0 R\n/PageMode /UseOutlines" + catalog[closing..];

        // Every character of the update is Latin-1, one byte each, so the builder's length is the byte count.
        var update = new StringBuilder();
        var offsets = new SortedDictionary<int, long>();
        var length = pdf.Length;
        void Write(int number, string body)
        {
            offsets[number] = length + update.Length;
            update.Append(Invariant($"{number} 0 obj\n{body}\nendobj\n"));
        }

        update.Append('\n');
        Write(root, newCatalog);
        var tree = OutlineTree.Build(entries);
        Write(outlineRoot, Invariant($"<</Type /Outlines\n/First {outlineRoot + 1 + tree.Roots[0]} 0 R\n/Last {outlineRoot + 1 + tree.Roots[^1]} 0 R\n/Count {entries.Count}>>"));
        for (var i = 0; i < entries.Count; i++)
            Write(outlineRoot + 1 + i, tree.Item(i, outlineRoot, entries[i]));

        var xrefAt = pdf.Length + update.Length;
        update.Append("xref\n");
        update.Append(Invariant($"{root} 1\n{offsets[root]:D10} 00000 n \n"));
        update.Append(Invariant($"{outlineRoot} {entries.Count + 1}\n"));
        foreach (var (number, offset) in offsets.Where(o => o.Key >= outlineRoot))
            update.Append(Invariant($"{offset:D10} 00000 n \n"));
        var infoEntry = info >= 0 ? Invariant($"\n/Info {info} 0 R") : "";
        update.Append(Invariant($"trailer\n<</Size {outlineRoot + entries.Count + 1}\n/Root {root} 0 R{infoEntry}\n/Prev {previousXref}>>\nstartxref\n{xrefAt}\n%%EOF\n"));
        return Encoding.Latin1.GetBytes(update.ToString());
    }

    /// <summary>A PDF text string: literal for plain ASCII, UTF-16BE with a byte order mark otherwise (Japanese titles).</summary>
    public static string TextString(string value)
    {
        if (value.All(c => c is >= ' ' and <= '~'))
            return "(" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("(", "\\(", StringComparison.Ordinal).Replace(")", "\\)", StringComparison.Ordinal) + ")";
        return "<FEFF" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(value)) + ">";
    }

    private static string Object(ReadOnlySpan<byte> pdf, int number)
    {
        var header = Encoding.Latin1.GetBytes(Invariant($"\n{number} 0 obj\n"));
        var start = pdf.LastIndexOf(header);
        if (start < 0)
            throw new InvalidOperationException(Invariant($"The PDF's catalog (object {number}) was not found."));
        start += header.Length;
        var length = pdf[start..].IndexOf("\nendobj"u8);
        return Encoding.Latin1.GetString(pdf.Slice(start, length));
    }

    private static string After(string text, string key) => text[(text.IndexOf(key, StringComparison.Ordinal) + key.Length)..].Split(' ', '\n', '>')[0];

    private static int Number(string value) => int.Parse(value, NumberStyles.None, CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString value) => value.ToString(CultureInfo.InvariantCulture);
}
