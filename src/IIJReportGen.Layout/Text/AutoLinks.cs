using System.Text.RegularExpressions;

namespace IIJReportGen.Layout;

/// <summary>Finds URLs and e-mail addresses in plain spans and makes them links.</summary>
internal static partial class AutoLinks
{
    [GeneratedRegex(@"(?:https?://|www\.)[^\s<>""（）「」、。]+|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex Address();

    public static IEnumerable<TextSpan> Apply(IEnumerable<TextSpan> spans) => spans.SelectMany(Split);

    private static IEnumerable<TextSpan> Split(TextSpan span)
    {
        var text = span.Text;
        if (span.Link is not null || !(text.Contains('@') || text.Contains("://", StringComparison.Ordinal) || text.Contains("www.", StringComparison.Ordinal)))
        {
            yield return span;
            yield break;
        }
        var position = 0;
        foreach (Match match in Address().Matches(text))
        {
            var address = match.Value.TrimEnd('.', ',', ';', ':', ')', ']');
            if (match.Index > position)
                yield return span with { Text = text[position..match.Index] };
            yield return span with { Text = address, Link = Target(address) };
            position = match.Index + address.Length;
        }
        if (position < text.Length)
            yield return span with { Text = text[position..] };
    }

    private static string Target(string address) =>
        address.Contains('@') && !address.Contains("://", StringComparison.Ordinal) ? "mailto:" + address
        : address.StartsWith("www.", StringComparison.Ordinal) ? "http://" + address
        : address;
}
