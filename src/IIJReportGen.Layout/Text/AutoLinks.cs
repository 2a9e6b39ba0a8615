using System.Text.RegularExpressions;

namespace IIJReportGen.Layout;

/// <summary>Finds URLs and e-mail addresses in plain spans and makes them links.</summary>
internal static partial class AutoLinks
{
    [GeneratedRegex(@"(?:https?://|www\.)[^\s<>""（）「」、。]+|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex Address();

    public static IEnumerable<TextSpan> Apply(IEnumerable<TextSpan> spans) => spans.SelectMany(Split);

    /// <summary>A cheap test that spares most paragraphs the regular expression.</summary>
    public static bool MayContainAddress(ReadOnlySpan<TextSpan> spans)
    {
        foreach (var span in spans)
        {
            if (span.Link is null && MayContainAddress(span.Text))
                return true;
        }
        return false;
    }

    private static bool MayContainAddress(string text) =>
        text.Contains('@') || text.Contains("://", StringComparison.Ordinal) || text.Contains("www.", StringComparison.Ordinal);

    private static IEnumerable<TextSpan> Split(TextSpan span)
    {
        var text = span.Text;
        if (span.Link is not null || !MayContainAddress(text))
        {
            yield return span;
            yield break;
        }
        var position = 0;
        foreach (Match match in Address().Matches(text))
        {
            var address = match.Value.TrimEnd('.', ',', ';', ':', ')', ']');
            if (match.Index > position)
                yield return Part(span, position, match.Index);
            yield return Part(span, match.Index, match.Index + address.Length) with { Link = Target(address) };
            position = match.Index + address.Length;
        }
        if (position < text.Length)
            yield return Part(span, position, text.Length);
    }

    private static TextSpan Part(TextSpan span, int start, int end) =>
        span with { Text = span.Text[start..end], Origin = span.Origin?.Slice(start, end - start) };

    private static string Target(string address) =>
        address.Contains('@') && !address.Contains("://", StringComparison.Ordinal) ? "mailto:" + address
        : address.StartsWith("www.", StringComparison.Ordinal) ? "http://" + address
        : address;
}
