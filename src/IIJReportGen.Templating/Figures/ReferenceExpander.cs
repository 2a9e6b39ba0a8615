using IIJReportGen.Dataset.Figures;
using IIJReportGen.Dataset.Model;
using IIJReportGen.Templating.Rendering;
using Scriban;

namespace IIJReportGen.Templating.Figures;

/// <summary>Writes a dataset text as markup: the text escaped, each {Concept@PERIOD|form} written as a figure (with the words of its
/// sign before it, when the reference gives them), each {@PERIOD|date}, {@PERIOD|start} and {dates.NAME} as a date, each {@PERIOD|short} as the period's short name.</summary>
internal sealed class ReferenceExpander(RenderSession session, FigureWriter figures)
{
    public Markup Expand(TemplateContext context, string text)
    {
        var parts = new List<Markup>();
        var at = 0;
        foreach (var reference in TextReference.FindAll(text))
        {
            parts.Add(Markup.Text(text[at..reference.Index]));
            parts.Add(Reference(context, reference));
            at = reference.Index + reference.Placeholder.Length;
        }
        parts.Add(Markup.Text(text[at..]));
        return Markup.Join(parts);
    }

    private Markup Reference(TemplateContext context, TextReference reference)
    {
        if (reference.Problem is { } problem)
            throw session.Error(context, "The text reference " + problem.Message, problem.Hint);
        if (reference.DateName is { } date)
            return Markup.Text(session.Presentation.Date(session.Dataset.Report.Dates[date]));
        if (reference.WritesPeriod)
            return Markup.Text(PeriodWords(context, reference, session.RequirePeriod(context, reference.Period)));
        if (reference.Words is { } words)
            return Worded(context, reference, words);
        return figures.Write(context, reference.Id!, reference.Period, reference.Form!);
    }

    /// <summary>How a text writes a period: its end or its first day as the document writes dates, or its short name.</summary>
    private string PeriodWords(TemplateContext context, TextReference reference, Period period) => reference.Format switch
    {
        TextReference.StartFormat => session.Presentation.Date(period.Start
            ?? throw session.Error(context, $"The text reference {reference.Placeholder} asks for the first day of '{period.Key}', an instant.", $"Write {{@{period.Key}|date}} for its date.")),
        TextReference.ShortFormat => period.Short,
        _ => session.Presentation.Date(period.End),
    };

    /// <summary>"losses of JPY50": the words of the figure's sign as shown, then the figure without its sign.</summary>
    private Markup Worded(TemplateContext context, TextReference reference, LabelBySign words)
    {
        var (id, period, form) = (reference.Id!, reference.Period, reference.Form!);
        var figure = figures.Write(context, id, period, form, magnitude: true);
        if (session.Presentation.Show(id, period, form)?.As == ShownAs.NotMeaningful)
            throw session.Error(context, $"The text reference {reference.Placeholder} words a % change that is not meaningful for '{period}'.",
                "Cite the figures themselves, each with its words by sign.");
        return Markup.Join([Markup.Text(words.For(session.Words.Sign(id, period, form) ?? 0)), figure]);
    }
}
