using System.Text;
using System.Xml;

namespace IIJReportGen.Xbrl;

/// <summary>Writes an XML file deterministically: UTF-8 without BOM, two-space indent, "\n" line endings.</summary>
internal static class XmlOutput
{
    public static XmlWriterSettings Settings { get; } = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Replace,
    };

    // One buffer per thread, emptied for each file: a new MemoryStream per file grew through arrays of 128, 256 and 512 KB (on the
    // large-object heap, whose spent budget makes the GC collect every generation) for a linkbase of 270 KB; now only the
    // file's own bytes are a new array.
    [ThreadStatic]
    private static MemoryStream? t_buffer;

    public static byte[] Write(Action<XmlWriter> write)
    {
        var stream = t_buffer ?? new MemoryStream();
        t_buffer = null; // a Write within the callback would get a buffer of its own
        try
        {
            stream.SetLength(0);
            using (var writer = XmlWriter.Create(stream, Settings))
            {
                writer.WriteStartDocument();
                write(writer);
                writer.WriteEndDocument();
            }
            stream.WriteByte((byte)'\n');
            return stream.ToArray();
        }
        finally
        {
            t_buffer = stream;
        }
    }
}
