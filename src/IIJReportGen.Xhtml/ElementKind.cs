namespace IIJReportGen.Xhtml;

/// <summary>The role an element of the vocabulary plays in a document.</summary>
public enum ElementKind
{
    /// <summary>html, body: the document frame.</summary>
    Frame,
    /// <summary>head and its title, meta, link and style: read, never drawn.</summary>
    Head,
    /// <summary>p, div, section: a box in the block flow.</summary>
    Block,
    Heading,
    List,
    ListItem,
    Table,
    ColumnGroup,
    Column,
    TableSection,
    TableRow,
    TableCell,
    /// <summary>span, strong, em, a, sup…: a styled run inside a paragraph.</summary>
    Inline,
    LineBreak,
    Rule,
    Image,
}
