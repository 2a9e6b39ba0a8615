using System.Text;

namespace IIJReportGen.Pdf;

/// <summary>
/// Embeds files as PDF/A-3 associated files: an /EmbeddedFile stream (compressed, MIME /Subtype, /Params with the size
/// and the caller's date), a file specification with /AFRelationship, listed in the catalog's /AF array and in the
/// /EmbeddedFiles name tree that viewers show as attachments.
/// </summary>
internal static class AssociatedFiles
{
    /// <summary>Writes the files and returns the catalog entries (/AF and /Names), or an empty string when there are none.</summary>
    public static string Write(PdfFile file, IReadOnlyList<PdfAttachment> attachments)
    {
        if (attachments.Count == 0)
            return "";
        var specs = attachments.Select(a => (a.FileName, Number: Write(file, a))).ToList();
        var names = new StringBuilder();
        foreach (var (name, number) in specs.OrderBy(s => Encoding.UTF8.GetBytes(s.FileName), ByteOrder.Instance))
            names.Append(PdfSyntax.Text(name)).Append(' ').Append(PdfSyntax.Reference(number)).Append(' ');
        return "/AF [" + string.Join(' ', specs.Select(s => PdfSyntax.Reference(s.Number))) + "] /Names <</EmbeddedFiles <</Names [" + names.ToString().TrimEnd() + "]>>>>";
    }

    private static int Write(PdfFile file, PdfAttachment attachment)
    {
        var date = attachment.Modified is { } modified ? " /ModDate " + PdfSyntax.Date(modified) : "";
        var stream = file.WriteDeflated(" /Type /EmbeddedFile /Subtype " + PdfSyntax.Name(attachment.MediaType)
            + " /Params <</Size " + PdfSyntax.Integer(attachment.Data.Length) + date + ">>", attachment.Compressed.Value);
        return file.Write("<</Type /Filespec /F " + PdfSyntax.Literal(Ascii(attachment.FileName)) + " /UF " + PdfSyntax.Text(attachment.FileName)
            + " /Desc " + PdfSyntax.Text(attachment.Description) + " /AFRelationship /" + attachment.Relationship
            + " /EF <</F " + PdfSyntax.Reference(stream) + " /UF " + PdfSyntax.Reference(stream) + ">>>>");
    }

    /// <summary>The /F name for older readers: the file name with characters outside printable ASCII replaced.</summary>
    private static string Ascii(string name) => new(name.Select(c => c is >= ' ' and <= '~' ? c : '_').ToArray());

    /// <summary>Name tree keys sort by their bytes.</summary>
    private sealed class ByteOrder : IComparer<byte[]>
    {
        public static ByteOrder Instance { get; } = new();

        public int Compare(byte[]? x, byte[]? y) => x.AsSpan().SequenceCompareTo(y);
    }
}
