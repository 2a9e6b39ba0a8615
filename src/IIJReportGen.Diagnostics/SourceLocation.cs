namespace IIJReportGen.Diagnostics;

/// <summary>Where a finding points: a file position and, for JSON input, the JSON path.</summary>
/// <remarks>Line and column are 1-based; 0 means unknown. The JSON path may be given as the way to spell it: a dataset
/// locates thousands of values and a build reports a handful, so a path is spelled out only when something reads it.</remarks>
public sealed record SourceLocation(string File, int Line = 0, int Column = 0)
{
    // The path, or the function that spells it until it is first read: one field, so a reader on another thread sees
    // either (and at worst spells the same path again).
    private object? _path;

    public SourceLocation(string File, int Line, int Column, string? Path) : this(File, Line, Column) => _path = Path;

    public SourceLocation(string File, int Line, int Column, Func<string> path) : this(File, Line, Column) => _path = path;

    /// <summary>The JSON path ("$.concepts.NetworkRevenue"), or null.</summary>
    public string? Path
    {
        get => _path is Func<string> spell ? (string)(_path = spell()) : (string?)_path;
        init => _path = value;
    }

    public bool Equals(SourceLocation? other) =>
        other is not null && File == other.File && Line == other.Line && Column == other.Column && Path == other.Path;

    public override int GetHashCode() => HashCode.Combine(File, Line, Column, Path);

    /// <summary>file:line:col (or fewer parts when unknown), then the JSON path in brackets.</summary>
    public override string ToString()
    {
        var position = Line > 0 ? (Column > 0 ? $"{File}:{Line}:{Column}" : $"{File}:{Line}") : File;
        return string.IsNullOrEmpty(Path) ? position : $"{position} ({Path})";
    }
}
