namespace IIJReportGen.Diagnostics;

/// <summary>Where a finding points: a file position and, for JSON input, the JSON path.</summary>
/// <remarks>Line and column are 1-based; 0 means unknown.</remarks>
public sealed record SourceLocation(string File, int Line = 0, int Column = 0, string? Path = null)
{
    /// <summary>file:line:col (or fewer parts when unknown), then the JSON path in brackets.</summary>
    public override string ToString()
    {
        var position = Line > 0 ? (Column > 0 ? $"{File}:{Line}:{Column}" : $"{File}:{Line}") : File;
        return string.IsNullOrEmpty(Path) ? position : $"{position} ({Path})";
    }
}
