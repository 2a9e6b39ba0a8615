using System.Globalization;
using IIJReportGen.Templating.Figures;
using IIJReportGen.Templating.InlineXbrl;
using IIJReportGen.Templating.Functions;
using Scriban;
using Scriban.Functions;
using Scriban.Runtime;

namespace IIJReportGen.Templating.Rendering;

/// <summary>Builds the sandboxed Scriban context: strict, limited, our objects and helpers only, includes from the templates folder.</summary>
internal static class ContextFactory
{
    private static readonly IScriptCustomFunction Include = new IncludeFunction();

    public static XhtmlContext Create(RenderSession session, TemplateFolder folder, RenderLimits limits, CancellationToken cancellation)
    {
        // Only include of Scriban's built-ins: the others (date.now, object.to_json …) would add time or reflection to a sandboxed, deterministic render.
        var builtins = new ScriptObject();
        builtins.SetValue("include", new SafeInclude(Include), readOnly: true);
        var context = new XhtmlContext(builtins, session, limits.Loop)
        {
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            EnableRelaxedTargetAccess = false,
            EnableRelaxedFunctionAccess = false,
            EnableRelaxedIndexerAccess = false,
            MemberFilter = _ => false,
            TemplateLoader = folder,
            // The context's own per-loop limit replaces Scriban's, which counts nested loops' steps together.
            LoopLimit = int.MaxValue,
            LoopLimitQueryable = limits.Loop,
            RecursiveLimit = limits.Recursion,
            OutputLimit = limits.Output,
            LimitToString = limits.Text,
            // Fail rather than cut the document or a value short (Scriban's default is to truncate silently).
            OnOutputLimit = ScriptLimitBehavior.Throw,
            OnStringLimit = ScriptLimitBehavior.Throw,
            NewLine = "\n",
            CancellationToken = cancellation,
        };
        context.PushCulture(CultureInfo.InvariantCulture);
        context.PushGlobal(Globals(session, context));
        return context;
    }

    private static ScriptObject Globals(RenderSession session, XhtmlContext context)
    {
        var globals = new ScriptObject();
        var figures = new FigureWriter(session);
        ReportObjects.ImportInto(globals, session.Model, session.Document);
        new FigureFunctions(figures).ImportInto(globals, context);
        new ProseFunctions(session, figures).ImportInto(globals, context);
        new WordFunctions(session).ImportInto(globals, context);
        var expander = new ReferenceExpander(session, figures);
        new TextFunctions(session, expander).ImportInto(globals, context);
        new StatementFunctions(session, figures, expander).ImportInto(globals, context);
        var formValues = new FormValues(session, expander);
        new SummaryFunctions(formValues).ImportInto(globals, context);
        new DocumentFunctions(session, formValues).ImportInto(globals, context);
        new CellFunctions().ImportInto(globals, context);
        return globals;
    }
}
