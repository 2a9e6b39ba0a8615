using System.Text;
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
        var builder = new StringBuilder();
        var at = 0;
        foreach (var reference in TextReference.FindAll(text))
        {
            builder.Append(XhtmlText.Escape(text[at..reference.Index]));
            builder.Append(Reference(context, reference));
            at = reference.Index + reference.Placeholder.Length;
        }
        return new Markup(builder.Append(XhtmlText.Escape(text[at..])).ToString());
    }

    private string Reference(TemplateContext context, TextReference reference)
    {
        if (reference.Problem is { } problem)
            throw session.Error(context, "The text reference " + problem.Message, problem.Hint);
        if (reference.IsDate)
            return XhtmlText.Escape(NumberText.Date(session.RequirePeriod(context, reference.Period).End));
        return figures.Write(context, reference.Id!, reference.Period, reference.Form!).Xhtml;
    }
}
