using IIJReportGen.Diagnostics;
using IIJReportGen.Layout;

namespace IIJReportGen.Markup;

/// <summary>Where a box sits in its line or cell: CSS vertical-align.</summary>
internal enum VerticalPlacement
{
    Baseline,
    Top,
    Middle,
    Bottom,
    Super,
    Sub,
}

/// <summary>What CSS asks of a page boundary next to a box.</summary>
internal enum BreakRule
{
    Auto,
    Page,
    Avoid,
}

/// <summary>A width as written: auto, points, or a fraction of the containing block.</summary>
internal readonly record struct BoxWidth(bool IsAuto, float Points, float? Fraction)
{
    public static BoxWidth Auto { get; } = new(true, 0, null);
}

/// <summary>The four borders of a box (a value: the table's border collapsing changes one side per cell pair).</summary>
internal readonly record struct Borders(BorderLine Top, BorderLine Right, BorderLine Bottom, BorderLine Left)
{
    public static Borders None { get; } = new(BorderLine.None, BorderLine.None, BorderLine.None, BorderLine.None);

    public bool IsEmpty => Top.Width <= 0 && Right.Width <= 0 && Bottom.Width <= 0 && Left.Width <= 0;
}

/// <summary>The resolved style of one element, in points and colours; the inherited part passes to its children.</summary>
internal sealed record ComputedStyle
{
    public IReadOnlyList<string> FontFamilies { get; init; } = [];

    /// <summary>The font-family declaration that set <see cref="FontFamilies"/> (null for the default).</summary>
    public SourceLocation? FontFamiliesDeclaredAt { get; init; }

    public float FontSize { get; init; } = 10;

    public int FontWeight { get; init; } = 400;

    public bool Italic { get; init; }

    public bool Underline { get; init; }

    public bool TabularFigures { get; init; }

    public Color Color { get; init; } = Color.Black;

    /// <summary>Line height as a multiple of the font size.</summary>
    public float LineHeight { get; init; } = 1.2f;

    public TextAlignment TextAlign { get; init; }

    public bool NoWrap { get; init; }

    public string ListStyle { get; init; } = "disc";

    public Color? Background { get; init; }

    public Thickness Padding { get; init; } = Thickness.Zero;

    public Thickness Margin { get; init; } = Thickness.Zero;

    public Borders Borders { get; init; } = Borders.None;

    public BoxWidth Width { get; init; } = BoxWidth.Auto;

    public VerticalPlacement VerticalAlign { get; init; }

    public BreakRule BreakBefore { get; init; }

    public BreakRule BreakAfter { get; init; }

    public bool AvoidBreakInside { get; init; }

    public bool Hidden { get; init; }

    public TextStyle Text => new()
    {
        FontFamilies = FontFamilies.Count > 0 ? FontFamilies : null,
        FontFamiliesDeclaredAt = FontFamiliesDeclaredAt,
        Size = FontSize,
        Weight = FontWeight,
        IsItalic = Italic,
        IsUnderlined = Underline,
        Color = Color,
        LineHeight = LineHeight,
        HasTabularFigures = TabularFigures,
        Position = VerticalAlign switch { VerticalPlacement.Super => BaselinePosition.Superscript, VerticalPlacement.Sub => BaselinePosition.Subscript, _ => BaselinePosition.Normal },
    };
}
