using System.Globalization;
using IIJReportGen.Dataset.Model;
using Scriban.Parsing;
using Scriban.Syntax;

namespace IIJReportGen.Templating.Rendering;

/// <summary>The limits a rendering runs under, and the finding when a template hits one: which loop, include or call,
/// where (the exception's span), which limit, and how to avoid or raise it.</summary>
/// <remarks>The loop limit (per run of one loop) stops runaway loops, not long data: it is at least the line count of the
/// dataset's longest table, so a loop over a table's lines never hits it however long the table is.</remarks>
internal sealed class RenderLimits(RenderOptions options, ReportDataset dataset)
{
    public int Loop { get; } = Math.Max(options.LoopLimit, LongestTable(dataset));

    public int Recursion => options.RecursiveLimit;

    public int Output => options.OutputLimit;

    /// <summary>The longest text one value may become (Scriban's default).</summary>
    public int Text => 1 << 20;

    /// <summary>The message and hint for a limit the template hit; null when the error is not about a limit.</summary>
    /// <param name="error">Scriban's error.</param>
    /// <param name="source">The text of the template the error's span is in (to quote the statement that hit the limit).</param>
    public (string Message, string Hint)? Explain(ScriptRuntimeException error, string? source)
    {
        var message = error.OriginalMessage;
        var statement = Statement(source, error.Span);
        if (error is LoopLimitException || message.StartsWith("Exceeding number of iteration limit", StringComparison.Ordinal))
            return ($"The loop {statement} ran more than {Count(Loop)} times (the loop limit).",
                $"The limit stops loops that never end; it is {Count(options.LoopLimit)} iterations, or the line count of the dataset's longest table if that is more. "
                + "If the loop should end, check its condition; if it walks over characters or builds a long list, ask a helper for the answer instead (templates/README.md). "
                + "Programs that render templates raise it with RenderOptions.LoopLimit.");
        if (message.StartsWith("Exceeding number of recursive depth limit", StringComparison.Ordinal) || message.StartsWith("Exceeding recursive depth limit", StringComparison.Ordinal))
            return ($"Includes and function calls nest deeper than {Count(Recursion)} levels (the nesting limit) at {statement}.",
                "Look for a template that includes itself, or a function that calls itself, with no way out. "
                + "Programs that render templates raise it with RenderOptions.RecursiveLimit.");
        if (message.StartsWith("Rendered output exceeds OutputLimit", StringComparison.Ordinal))
            return ($"The document grew past {Count(Output)} characters (the output limit) while writing {statement}.",
                "A loop or include probably writes without end; a real document is far smaller. "
                + "Programs that render templates raise it with RenderOptions.OutputLimit.");
        if (message.Contains("LimitToString", StringComparison.Ordinal))
            return ($"A text value grew past {Count(Text)} characters (the text limit) at {statement}.",
                "Look for a string built up in a loop or multiplied without end; a dataset text is far shorter.");
        return null;
    }

    /// <summary>The statement at the span as the template spells it, up to the end of its tag or line: `for l in t.lines`.</summary>
    private static string Statement(string? source, SourceSpan span)
    {
        if (source is null || span.Start.Offset < 0 || span.Start.Offset >= source.Length)
            return "here";
        var text = source.AsSpan(span.Start.Offset);
        var end = text.IndexOfAny("\n;");
        var close = text.IndexOf("}}", StringComparison.Ordinal);
        if (close >= 0 && (end < 0 || close < end))
            end = close;
        var head = (end < 0 ? text : text[..end]).Trim().TrimEnd('~').Trim().ToString();
        return head.Length == 0 ? "here" : $"`{(head.Length > 80 ? head[..80] + "…" : head)}`";
    }

    /// <summary>The most lines (or columns) of any table: what a template's longest loop over dataset items runs through.</summary>
    private static int LongestTable(ReportDataset dataset) =>
        dataset.Tables.Select(t => Math.Max(dataset.LinesOf(t).Count, t.Columns.Count)).DefaultIfEmpty(0).Max();

    private static string Count(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
