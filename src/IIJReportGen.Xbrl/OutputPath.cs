namespace IIJReportGen.Xbrl;

/// <summary>Links between the files of one build's output folder, whose paths are written relative to it with '/'.</summary>
public static class OutputPath
{
    /// <summary>The link from a file in <paramref name="folder"/> ("" for the output folder itself) to <paramref name="path"/>:
    /// ("XBRLData/Summary", "xbrl/iij-core.xsd") → "../../xbrl/iij-core.xsd".</summary>
    public static string Relative(string folder, string path)
    {
        var from = folder.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var to = path.Split('/');
        var common = 0;
        while (common < from.Length && common < to.Length - 1 && from[common] == to[common])
            common++;
        return string.Concat(Enumerable.Repeat("../", from.Length - common)) + string.Join('/', to[common..]);
    }
}
