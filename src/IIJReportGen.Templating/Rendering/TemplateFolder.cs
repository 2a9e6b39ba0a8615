using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace IIJReportGen.Templating.Rendering;

/// <summary>Loads templates only from inside the templates folder: no "..", no absolute paths, no links that lead out.</summary>
/// <remarks>Templates are named relative to the folder ("shared/statement-table.sbnhtml") and reported as "templates/…".</remarks>
internal sealed class TemplateFolder : ITemplateLoader
{
    public const string Extension = ".sbnhtml";

    private readonly TemplateFiles _files;
    private readonly string _root;
    // The templates this rendering included, by name: a partial included for every row of a table is checked once.
    private readonly Dictionary<string, string> _included = new(StringComparer.Ordinal);

    public TemplateFolder(TemplateFiles files)
    {
        _files = files;
        _root = files.Root;
    }

    /// <summary>"templates/press-release/press-release.sbnhtml": how findings name a template.</summary>
    public string DisplayPath(string name) => _files.DisplayPath(name);

    /// <summary>The full path of a template named relative to the folder; null (with the reason) when the name is refused.</summary>
    public string? Resolve(string name, out string reason)
    {
        reason = "";
        if (name.Length == 0 || name.Length > 200 || name.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '/')))
            reason = "a template name uses only letters, digits, '-', '_', '.' and '/'";
        else if (name.StartsWith('/') || name.Split('/').Any(s => s is "" or "." or ".."))
            reason = "a template name is a path relative to the templates folder, without '..' or empty parts";
        else if (!name.EndsWith(Extension, StringComparison.Ordinal))
            reason = $"a template file name ends with '{Extension}'";
        if (reason.Length > 0)
            return null;
        var full = Path.GetFullPath(Path.Combine(_root, name));
        if (!IsInside(full) || LeadsOut(full))
        {
            reason = "the template is outside the templates folder";
            return null;
        }
        return full;
    }

    /// <summary>Every template of the folder the renderer may load, named relative to it, in ordinal order.</summary>
    /// <remarks>Linked folders are not entered (a link may lead out of the folder, or back into it for ever).</remarks>
    public IEnumerable<string> Names()
    {
        var names = new List<string>();
        var pending = new Stack<DirectoryInfo>();
        if (Directory.Exists(_root))
            pending.Push(new DirectoryInfo(_root));
        while (pending.TryPop(out var folder))
        {
            foreach (var sub in folder.EnumerateDirectories().Where(d => d.LinkTarget is null))
                pending.Push(sub);
            names.AddRange(folder.EnumerateFiles("*" + Extension)
                .Select(f => Path.GetRelativePath(_root, f.FullName).Replace(Path.DirectorySeparatorChar, '/'))
                .Where(name => Resolve(name, out _) is not null));
        }
        return names.Order(StringComparer.Ordinal);
    }

    /// <summary>The name an included template is known by; the template, parsed once per process (<see cref="ParsedTemplates"/>),
    /// is handed to Scriban's include through the context's cache, so it does not parse it again for every document.</summary>
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        if (_included.TryGetValue(templateName, out var known))
            return known;
        if (Resolve(templateName, out var reason) is not { } full)
            throw new ScriptRuntimeException(callerSpan, $"include \"{templateName}\" is refused: {reason}.");
        if (!File.Exists(full))
            throw new ScriptRuntimeException(callerSpan, $"include \"{templateName}\": no such template in {_files.DisplayName}/.");
        var shown = DisplayPath(templateName);
        // A template with syntax errors is left to Scriban's include, which parses it and reports them.
        if (ParsedTemplates.Of(shown, _files.Text(templateName)) is { HasErrors: false } parsed)
            context.CachedTemplates[shown] = parsed;
        _included[templateName] = shown;
        return shown;
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        _files.Text(templatePath[(_files.DisplayName.Length + 1)..]);

    /// <summary>The text of the template a span is in (already read by this rendering), or null when the span names no template of the folder.</summary>
    public string? SourceOf(SourceSpan span) =>
        span.FileName is { } shown && shown.StartsWith(_files.DisplayName + "/", StringComparison.Ordinal)
        && shown[(_files.DisplayName.Length + 1)..] is var name && Resolve(name, out _) is { } full && File.Exists(full)
            ? _files.Text(name)
            : null;

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));

    private bool IsInside(string full) => full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>True when the file or a folder on its way is a link whose target is outside the templates folder.</summary>
    private bool LeadsOut(string full)
    {
        for (var path = full; path.Length > _root.Length; path = Path.GetDirectoryName(path)!)
        {
            FileSystemInfo info = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
            if (info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is { } target
                && !IsInside(Path.GetFullPath(target.FullName)))
                return true;
        }
        return false;
    }
}
