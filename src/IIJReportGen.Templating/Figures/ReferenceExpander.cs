using IIJReportGen.Dataset.Figures;
using IIJReportGen.Dataset.Model;
using IIJReportGen.Templating.Rendering;
using Scriban;

namespace IIJReportGen.Templating.Figures;

/// <summary>Writes a dataset text as markup: the text escaped, each {Concept@PERIOD|form} written as a figure, each {@PERIOD|date} as a date.</summary>
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
        if (reference.IsDate)
            return Markup.Text(NumberText.Date(session.RequirePeriod(context, reference.Period).End));
        return figures.Write(context, reference.Id!, reference.Period, reference.Form!);
    }
}
