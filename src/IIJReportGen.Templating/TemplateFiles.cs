using System.Text;

namespace IIJReportGen.Templating;

/// <summary>One file read from the templates folder: its full path, the bytes that were used, and their text.</summary>
public sealed class TemplateFile(string path, byte[] bytes)
{
    // Decoded once, when first asked: the rules, the prepared parse and every rendering of a build ask for a template's text.
    private readonly Lazy<string> _text = new(() =>
    {
        using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    });

    public string Path { get; } = path;

    public byte[] Bytes { get; } = bytes;

    /// <summary>The text, decoded as <see cref="File.ReadAllText(string)"/> does (UTF-8 unless a byte-order mark says otherwise).</summary>
    public string Text => _text.Value;
}

/// <summary>The templates folder as one build sees it: each file read at most once and kept, so the build renders,
/// publishes and hashes the same bytes (shared templates are read once for every document).</summary>
/// <remarks>Names are relative to the folder with '/' ("shared/head.sbnhtml"); which names may be read is the loader's rule.
/// The documents of a build, rendered at once, share it: reading is locked.</remarks>
public sealed class TemplateFiles
{
    private readonly Dictionary<string, TemplateFile> _read = new(StringComparer.Ordinal);
    private readonly List<TemplateFile> _order = [];

    public TemplateFiles(string root)
    {
        Root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        DisplayName = Openable(Root);
    }

    /// <summary>The folder's full path.</summary>
    public string Root { get; }

    /// <summary>Every file read so far, in the order first read.</summary>
    public IReadOnlyList<TemplateFile> Read => _order;

    /// <summary>How findings name the folder: the path a person opens to edit it ("templates" from the repository root) —
    /// relative to the current directory when the folder is inside it, else absolute.</summary>
    public string DisplayName { get; }

    /// <summary>How findings name a file of the folder: "templates/press-release/style.css".</summary>
    public string DisplayPath(string name) => DisplayName + "/" + name;

    /// <summary>The full path of a file named relative to the folder.</summary>
    public string PathOf(string name) => Path.GetFullPath(Path.Combine(Root, name));

    /// <summary>The file's bytes, read from disk the first time only.</summary>
    public byte[] Bytes(string name) => FileOf(name).Bytes;

    /// <summary>The file's text, decoded as <see cref="TemplateFile.Text"/> says.</summary>
    public string Text(string name) => FileOf(name).Text;

    private TemplateFile FileOf(string name)
    {
        var path = PathOf(name);
        lock (_read)
        {
            if (!_read.TryGetValue(path, out var file))
            {
                file = new TemplateFile(path, File.ReadAllBytes(path));
                _read[path] = file;
                _order.Add(file);
            }
            return file;
        }
    }

    private static string Openable(string folder)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, folder);
        var outside = relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Path.IsPathRooted(relative);
        return (outside ? folder : relative).Replace(Path.DirectorySeparatorChar, '/');
    }
}
