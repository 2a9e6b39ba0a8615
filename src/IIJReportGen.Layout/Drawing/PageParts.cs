using System.Collections;

namespace IIJReportGen.Layout;

/// <summary>A page's header, content and footer items (operations or placements) as one list, in that order, without
/// copying them: the paginator draws the bands after all the content, and a long document keeps every page until it is
/// written, so the page keeps the three lists it was drawn into instead of a fourth holding them all.</summary>
internal sealed class PageParts<T> : IReadOnlyList<T>
{
    private readonly IReadOnlyList<T> _header;
    private readonly IReadOnlyList<T> _content;
    private readonly IReadOnlyList<T> _footer;

    private PageParts(IReadOnlyList<T> header, IReadOnlyList<T> content, IReadOnlyList<T> footer) =>
        (_header, _content, _footer, Count) = (header, content, footer, header.Count + content.Count + footer.Count);

    /// <summary>The three parts as one list; a part alone when the others are empty (a page without bands, or its placements).</summary>
    public static IReadOnlyList<T> Of(IReadOnlyList<T> header, IReadOnlyList<T> content, IReadOnlyList<T> footer) =>
        (header.Count, content.Count, footer.Count) switch
        {
            (0, 0, 0) => [],
            (_, 0, 0) => header,
            (0, _, 0) => content,
            (0, 0, _) => footer,
            _ => new PageParts<T>(header, content, footer),
        };

    public int Count { get; }

    public T this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            if (index < _header.Count)
                return _header[index];
            index -= _header.Count;
            return index < _content.Count ? _content[index] : _footer[index - _content.Count];
        }
    }

    public IEnumerator<T> GetEnumerator()
    {
        foreach (var item in _header)
            yield return item;
        foreach (var item in _content)
            yield return item;
        foreach (var item in _footer)
            yield return item;
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
