using System.Collections.Concurrent;
using IIJReportGen.Diagnostics;

namespace IIJReportGen.Layout;

/// <summary>Where a span sits relative to the baseline.</summary>
public enum BaselinePosition
{
    Normal,
    Superscript,
    Subscript,
}

/// <summary>How a run of text looks: a value object with fluent "with" methods (<c>style.Bold().FontSize(9)</c>).</summary>
public sealed record TextStyle
{
    /// <summary>10 pt, regular, black, line height 1.2, the document's default font families.</summary>
    public static TextStyle Default { get; } = new();

    /// <summary>Font families in fallback order; null means the document's default chain.</summary>
    public IReadOnlyList<string>? FontFamilies { get; init; }

    /// <summary>Where <see cref="FontFamilies"/> was declared (a stylesheet's file:line:col), for the finding when a family is missing.</summary>
    public SourceLocation? FontFamiliesDeclaredAt { get; init; }

    /// <summary>Font size in points.</summary>
    public float Size { get; init; } = 10;

    /// <summary>CSS weight: 400 regular, 700 bold.</summary>
    public int Weight { get; init; } = 400;

    public bool IsItalic { get; init; }

    public bool IsUnderlined { get; init; }

    public bool IsStruckThrough { get; init; }

    public Color Color { get; init; } = Color.Black;

    public BaselinePosition Position { get; init; }

    /// <summary>Line height as a multiple of <see cref="Size"/>.</summary>
    public float LineHeight { get; init; } = 1.2f;

    /// <summary>Asks the font for equal-width digits (OpenType tnum), so figures line up in columns.</summary>
    public bool HasTabularFigures { get; init; }

    public TextStyle FontFamily(params string[] families) => this with { FontFamilies = families };

    public TextStyle FontSize(float size) => Shared(this with { Size = size });

    public TextStyle FontWeight(int weight) => Shared(this with { Weight = weight });

    public TextStyle Bold() => Shared(this with { Weight = 700 });

    public TextStyle Italic() => Shared(this with { IsItalic = true });

    public TextStyle Underline() => Shared(this with { IsUnderlined = true });

    public TextStyle Strikethrough() => Shared(this with { IsStruckThrough = true });

    public TextStyle FontColor(Color color) => Shared(this with { Color = color });

    public TextStyle Superscript() => Shared(this with { Position = BaselinePosition.Superscript });

    public TextStyle Subscript() => Shared(this with { Position = BaselinePosition.Subscript });

    public TextStyle LineSpacing(float lineHeight) => Shared(this with { LineHeight = lineHeight });

    public TextStyle TabularFigures() => Shared(this with { HasTabularFigures = true });

    // A derived style is shared with an equal one derived before: a document built in code asks for Body.TabularFigures() in
    // each of a table's cells, and the document tree keeps every cell's style for the whole render. (Markup builds its styles
    // from the computed CSS and shares them per document itself.) Bounded, so a process making ever new styles keeps no more
    // than this many; concurrent, as documents are built in parallel. Not for FontFamily: its families are a new array each
    // call, so its styles never equal one derived before.
    private const int MostShared = 4096;
    private static readonly ConcurrentDictionary<TextStyle, TextStyle> SharedStyles = new();
    private static int _sharedCount; // counted here: ConcurrentDictionary.Count takes every lock, on every miss once full

    private static TextStyle Shared(TextStyle derived)
    {
        if (SharedStyles.TryGetValue(derived, out var shared))
            return shared;
        if (Volatile.Read(ref _sharedCount) >= MostShared)
            return derived;
        if (!SharedStyles.TryAdd(derived, derived))
            return SharedStyles.TryGetValue(derived, out shared) ? shared : derived;
        Interlocked.Increment(ref _sharedCount);
        return derived;
    }

    /// <summary>The size glyphs are drawn at: smaller for superscript and subscript.</summary>
    internal float GlyphSize => Position == BaselinePosition.Normal ? Size : Size * 0.65f;

    /// <summary>Vertical offset of the baseline in points, positive downwards.</summary>
    internal float BaselineShift => Position switch
    {
        BaselinePosition.Superscript => -0.35f * Size,
        BaselinePosition.Subscript => 0.15f * Size,
        _ => 0,
    };
}
