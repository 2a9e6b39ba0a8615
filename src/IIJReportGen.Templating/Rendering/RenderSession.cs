using IIJReportGen.Dataset.Figures;
using IIJReportGen.Dataset.Json;
using IIJReportGen.Dataset.Measures;
using IIJReportGen.Dataset.Model;
using IIJReportGen.Diagnostics;
using IIJReportGen.Templating.InlineXbrl;
using Scriban;

namespace IIJReportGen.Templating.Rendering;

/// <summary>What the helpers of one rendering share: the model, the document's policies, the facts used so far.</summary>
internal sealed class RenderSession(ReportModel model, string document, string folder, InlineFacts? inlineFacts, bool draft = false)
{
    private readonly List<FactUse> _factUses = [];
    private readonly List<MissingUse> _missing = [];
    private readonly List<int> _wordUses = [];
    private FigureWords? _words;

    public ReportModel Model { get; } = model;

    public ReportDataset Dataset => Model.Dataset;

    public string Document { get; } = document;

    /// <summary>Where the document is written, relative to the output folder ("" for the output folder itself): links are relative to it.</summary>
    public string Folder { get; } = folder;

    /// <summary>How this document shows figures (its rounding, negative style, % change policy).</summary>
    public Presentation Presentation { get; } = Presentation.For(model, document);

    /// <summary>The words this document reads its figures with (trends, names by sign), judged on the figures as it shows them.</summary>
    public FigureWords Words => _words ??= new FigureWords(Presentation);

    public Policies Policies => Dataset.Policies;

    /// <summary>The Inline XBRL tagger, when this document is also an iXBRL filing (the TDnet summary).</summary>
    public InlineFacts? InlineFacts { get; } = inlineFacts;

    public IReadOnlyList<FactUse> FactUses => _factUses;

    /// <summary>The figures asked for that the dataset has no value for, in the order the templates asked (none in a draft).</summary>
    public IReadOnlyList<MissingUse> MissingUses => _missing;

    /// <summary>The template file:line:col of the helper call being evaluated.</summary>
    public static SourceLocation Where(TemplateContext context)
    {
        var span = context.CurrentSpan;
        return new SourceLocation(span.FileName ?? "", span.Start.Line + 1, span.Start.Column + 1);
    }

    /// <summary>The line that names a figure a shared partial writes (<c>include "shared/amount.sbnhtml" "SiOrdersReceived" p</c>): the
    /// outermost include given its id; null when the figure is named where it is written.</summary>
    private static SourceLocation? Caller(TemplateContext context, string id)
    {
        // The stack lists the innermost include first: the last one given the id is the outermost (no copy per figure).
        SourceLocation? outermost = null;
        if (context is XhtmlContext xhtml)
            foreach (var call in xhtml.Includes)
                if (call.Arguments.Contains(id))
                    outermost = call.At;
        return outermost;
    }

    /// <summary>Records a fact use; returns its number (its index in <see cref="FactUses"/>), which marks the text that shows it.</summary>
    public int Use(TemplateContext context, string id, string period, string form, string? vs, string? table, string? shown = null)
    {
        _factUses.Add(new FactUse(id, period, form, vs, Document, Where(context), table, shown) { Caller = Caller(context, id) });
        return _factUses.Count - 1;
    }

    /// <summary>The use chose a word the template then writes itself ("increased"): the next text a reader sees is marked with it.</summary>
    public void ChoseWord(int use) => _wordUses.Add(use);

    public bool HasWordUses => _wordUses.Count > 0;

    /// <summary>The uses waiting for the text that shows their word; the list is emptied.</summary>
    public IReadOnlyList<int> TakeWordUses()
    {
        var uses = _wordUses.ToList();
        _wordUses.Clear();
        return uses;
    }

    public TemplateError Error(TemplateContext context, string message, string? hint = null) =>
        new(context.CurrentSpan, message, hint);

    /// <summary>A draft (<see cref="RenderOptions.Draft"/>): missing figures are placeholders, not errors.</summary>
    public bool Draft { get; } = draft;

    /// <summary>What stands where the dataset has no value of a figure: a visible placeholder naming the figure and period. Outside
    /// a draft the figure is also recorded as missing (the rendering fails at its end), so one rendering finds every missing
    /// figure, not one at a time.</summary>
    public Markup Missing(TemplateContext context, string id, string period, string message, string hint)
    {
        if (!Draft)
            _missing.Add(new MissingUse(id, period, Where(context), message, hint) { Caller = Caller(context, id) });
        return Markup.Text(Placeholder(id, period));
    }

    /// <summary>A draft's placeholder for a missing figure: "[TotalRevenues 1H14]".</summary>
    public static string Placeholder(string id, string period) => $"[{id} {period}]";

    /// <summary>Fails the rendering unless the id names a concept or measure.</summary>
    public void RequireFigure(TemplateContext context, string id)
    {
        if (!Dataset.IsFigure(id))
            throw Error(context, $"'{id}' is neither a concept nor a measure of the dataset.",
                Suggestion.Hint(id, Dataset.Concepts.Keys.Concat(Dataset.Measures.Keys).ToList(), "figures"));
    }

    public Period RequirePeriod(TemplateContext context, string key) =>
        Dataset.Periods.TryGet(key, out var period)
            ? period
            : throw Error(context, $"'{key}' is not a period of the dataset.", Suggestion.Hint(key, Dataset.Periods.Keys.ToList(), "periods"));

    public TextBlock RequireText(TemplateContext context, string key) =>
        Dataset.Texts.TryGet(key, out var text)
            ? text
            : throw Error(context, $"The dataset has no text '{key}'.", Suggestion.Hint(key, Dataset.Texts.Keys.ToList(), "texts"));
}
