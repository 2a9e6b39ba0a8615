namespace IIJReportGen.Layout;

/// <summary>Content that is page furniture, not part of the document's text: readers skip it.</summary>
public enum ArtifactKind
{
    /// <summary>The page's header band (running head, page number).</summary>
    Header,
    /// <summary>The page's footer band.</summary>
    Footer,
    /// <summary>Content repeated for the reader's convenience, such as a table's header rows on a continuation page.</summary>
    Repeated,
    /// <summary>A mark across the page, such as a draft's DRAFT.</summary>
    Watermark,
}
