using System.Xml;
using IIJReportGen.Dataset.Measures;
using IIJReportGen.Diagnostics;
using IIJReportGen.Templating.InlineXbrl;
using IIJReportGen.Templating.Rendering;
using IIJReportGen.Templating.Rules;
using IIJReportGen.Xbrl;
using IIJReportGen.Xbrl.Tdnet;
using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;

namespace IIJReportGen.Templating;

/// <summary>Renders templates/&lt;document&gt;/&lt;document&gt;.sbnhtml with the report model into well-formed XHTML.</summary>
public static class DocumentRenderer
{
    /// <summary>Works out what depends on the templates alone, so a build's first rendering and its checks find it done (the
    /// build calls it on another core while the dataset loads): every template of the folder parsed, and checked against the
    /// template rules (both kept per process, <see cref="ParsedTemplates"/>, <see cref="TemplateRules"/>).</summary>
    /// <remarks>What it meets (an unreadable file, a syntax error) is left for the build, which meets it again and reports it.
    /// Nothing waits for it: the build asks the same caches, and works out itself what is not there yet.</remarks>
    public static void Prepare(TemplateFiles templates)
    {
        try
        {
            TemplateRules.Check(templates);
            var folder = new TemplateFolder(templates);
            foreach (var name in folder.Names())
                ParsedTemplates.Of(folder.DisplayPath(name), templates.Text(name));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }

    /// <summary>Renders a document from a templates folder of its own (a build shares one <see cref="TemplateFiles"/> instead).</summary>
    public static RenderResult Render(ReportModel model, string templatesRoot, string document, RenderOptions? options = null) =>
        Render(model, new TemplateFiles(templatesRoot), document, options);

    /// <summary>Renders a document; bad templates or data are diagnostics with their template file:line (an unreadable templates folder still throws).</summary>
    /// <param name="model">The build's model.</param>
    /// <param name="templates">The templates folder, each file read once for the whole build.</param>
    /// <param name="document">The document's name: templates/&lt;document&gt;/&lt;document&gt;.sbnhtml.</param>
    /// <param name="options">Limits, whether figures are tagged as Inline XBRL, and where the document is written.</param>
    /// <param name="summary">The build's TDnet summary for tagging (made from <paramref name="model"/> and templates/tdnet/ when not given).</param>
    public static RenderResult Render(ReportModel model, TemplateFiles templates, string document, RenderOptions? options = null, TdnetSummary? summary = null)
    {
        if (summary is not null && summary.Model != model)
            throw new ArgumentException("The TDnet summary must be made from the model being rendered.", nameof(summary));
        options ??= RenderOptions.Default;
        var diagnostics = new DiagnosticBag();
        var folder = new TemplateFolder(templates);
        var name = $"{document}/{document}{TemplateFolder.Extension}";
        if (folder.Resolve(name, out var reason) is not { } path || !File.Exists(path))
        {
            diagnostics.Add(Diagnostic.Error(TemplateCodes.TemplateMissing,
                $"No template for document '{document}': {(reason.Length > 0 ? reason : "expected " + folder.DisplayPath(name))}.",
                new SourceLocation(folder.DisplayPath(name)), "Each document is templates/<document>/<document>.sbnhtml."));
            return new RenderResult("", [], diagnostics);
        }
        if (Tagger(model, templates, summary, document, options, diagnostics, folder.DisplayPath(name)) is var (ok, tags) && !ok)
            return new RenderResult("", [], diagnostics);
        var session = new RenderSession(model, document, options.Folder, tags, options.Draft);
        var template = ParsedTemplates.Of(folder.DisplayPath(name), templates.Text(name));
        foreach (var message in template.Messages.Where(m => m.Type == ParserMessageType.Error))
            diagnostics.Add(SyntaxError(message));
        if (diagnostics.HasErrors)
            return new RenderResult("", session.FactUses, diagnostics);
        if (Run(template, session, folder, options, diagnostics) is not { } rendered)
            return new RenderResult("", session.FactUses, diagnostics) { MissingUses = session.MissingUses };
        var (output, map) = rendered;
        if (tags is not null)
        {
            output = tags.WithHeader(output, map);
            // A draft leaves out the facts it has no value for yet (it shows their placeholders, untagged); so does a rendering
            // that met missing figures, whose findings already say what to fill.
            foreach (var missing in options.Draft || session.MissingUses.Count > 0 ? [] : tags.Missing())
                diagnostics.Add(Diagnostic.Error(TemplateCodes.Runtime, $"The document does not show {missing}, a fact of {tags.Summary.Form.File}.",
                    new SourceLocation(folder.DisplayPath(name)), $"Show it with tdnet \"{missing.Split(' ')[0]}\" (or tdnet_flag); every summary shows the whole form."));
        }
        var source = map.Build(output, $"{document}.xhtml (rendered)");
        CheckWellFormed(output, document, source, diagnostics);
        var failed = diagnostics.HasErrors || session.MissingUses.Count > 0;
        return new RenderResult(failed ? "" : output, session.FactUses, diagnostics) { Source = source, MissingUses = session.MissingUses };
    }

    private static (bool Ok, InlineFacts? Tags) Tagger(ReportModel model, TemplateFiles templates, TdnetSummary? summary, string document, RenderOptions options, DiagnosticBag diagnostics, string where)
    {
        if (!options.TagsFacts(document))
            return (true, null);
        try
        {
            summary ??= TdnetSummary.Load(new XbrlVocabulary(model), file => Read(templates, file), diagnostics);
            return (summary is not null, summary is null ? null : new InlineFacts(summary, options.Folder));
        }
        catch (XbrlMappingException e)
        {
            diagnostics.Add(Diagnostic.Error(TemplateCodes.Runtime, "The dataset cannot be tagged as Inline XBRL: " + e.Message, new SourceLocation(where)));
            return (false, null);
        }
    }

    /// <summary>A file of the templates folder for the TDnet summary: its display name and text, or null when it does not exist.</summary>
    public static (string Name, string Text)? Read(TemplateFiles templates, string file) =>
        File.Exists(templates.PathOf(file)) ? (templates.DisplayPath(file), templates.Text(file)) : null;

    /// <summary>The document's XHTML and where its parts come from; null when the rendering failed (the findings say why).</summary>
    private static (string Output, SourceMapBuilder Map)? Run(Template template, RenderSession session, TemplateFolder folder, RenderOptions options, DiagnosticBag diagnostics)
    {
        using var timeout = new CancellationTokenSource(options.TimeLimit);
        var limits = new RenderLimits(options, session.Dataset);
        var context = ContextFactory.Create(session, folder, limits, timeout.Token);
        try
        {
            return (template.Render(context), context.DocumentMap);
        }
        catch (ScriptParserRuntimeException e)
        {
            foreach (var message in e.ParserMessages.Where(m => m.Type == ParserMessageType.Error))
                diagnostics.Add(SyntaxError(message));
        }
        catch (TemplateError e)
        {
            diagnostics.Add(Diagnostic.Error(TemplateCodes.Runtime, e.OriginalMessage, Location(e.Span), e.Hint));
        }
        catch (ScriptRuntimeException e) when (limits.Explain(e, folder.SourceOf(e.Span)) is var (message, hint))
        {
            diagnostics.Add(Diagnostic.Error(TemplateCodes.Limit, message, Location(e.Span), hint));
        }
        catch (ScriptRuntimeException e)
        {
            var refused = e.OriginalMessage.Contains("is refused", StringComparison.Ordinal);
            diagnostics.Add(Diagnostic.Error(refused ? TemplateCodes.IncludeRefused : TemplateCodes.Runtime, e.OriginalMessage, Location(e.Span), RuntimeHint(e)));
        }
        catch (OperationCanceledException)
        {
            diagnostics.Add(Diagnostic.Error(TemplateCodes.Limit, $"Rendering took longer than {options.TimeLimit.TotalSeconds:0} s (the time limit) and was stopped.",
                Location(context.CurrentSpan), "Look for a loop or recursion that does not end."));
        }
        return null;
    }

    private static string? RuntimeHint(ScriptRuntimeException e) =>
        e.OriginalMessage.Contains("was not found", StringComparison.Ordinal)
            ? "Templates see only the helpers and objects listed in templates/README.md; check the spelling."
            : null;

    private static Diagnostic SyntaxError(LogMessage message) =>
        Diagnostic.Error(TemplateCodes.Syntax, "Template syntax: " + message.Message, Location(message.Span), "Fix the Scriban syntax at this position.");

    private static SourceLocation Location(SourceSpan span) =>
        new(span.FileName ?? "", span.Start.Line + 1, span.Start.Column + 1);

    /// <summary>Parses the XHTML; an error is reported at the template line that wrote the place it names.</summary>
    private static void CheckWellFormed(string xhtml, string document, SourceMap source, DiagnosticBag diagnostics)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };
        try
        {
            using var reader = XmlReader.Create(new StringReader(xhtml), settings);
            while (reader.Read())
            {
            }
        }
        catch (XmlException e)
        {
            var (message, location) = source.Explain(e);
            diagnostics.Add(Diagnostic.Error(TemplateCodes.NotWellFormed, $"The rendered {document} is not well-formed XML: {message}", location,
                "A template writes markup that is not XHTML (e.g. <br> instead of <br/>, or an unclosed element)."));
        }
    }
}
