namespace IIJReportGen.Pdf;

/// <summary>How an attached file relates to the document (PDF/A-3's /AFRelationship).</summary>
public enum AttachmentRelationship
{
    /// <summary>The original the document was made from (the dataset).</summary>
    Source,
    /// <summary>Data the document shows, in machine-readable form (the XBRL instance).</summary>
    Data,
    /// <summary>Another rendition of the same content.</summary>
    Alternative,
    /// <summary>Material that adds to the document.</summary>
    Supplement,
}

/// <summary>
/// A file carried inside the PDF as an associated file: its name, media type, description, relationship and bytes, and
/// a date written as /Params /ModDate when given (the dataset's date; never the file system's or the clock's).
/// </summary>
public sealed record PdfAttachment(string FileName, string MediaType, string Description, AttachmentRelationship Relationship, ReadOnlyMemory<byte> Data, DateTimeOffset? Modified = null)
{
    /// <summary>The data Flate-compressed, once however many PDFs carry it (a build attaches the same files to every document).</summary>
    internal Lazy<byte[]> Compressed { get; } = new(() => Deflate.Compress(Data.Span));
}
