namespace IIJReportGen.Markup;

/// <summary>The role an element of the vocabulary plays in layout.</summary>
internal enum ElementKind
{
    /// <summary>html, body: the document frame.</summary>
    Frame,
    /// <summary>head and its title, meta, link and style: read, never drawn.</summary>
    Head,
    /// <summary>p, div, section, li: a box in the block flow.</summary>
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
