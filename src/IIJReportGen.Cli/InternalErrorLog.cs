using System.Globalization;

namespace IIJReportGen.Cli;

/// <summary>Writes an unexpected exception to a log file, so the terminal shows one line and no stack trace.</summary>
public static class InternalErrorLog
{
    /// <summary>The path of the log written (in the temp folder).</summary>
    public static string Write(Exception exception)
    {
        var path = Path.Combine(Path.GetTempPath(), $"iijreport-error-{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}.log");
        File.WriteAllText(path, exception.ToString());
        return path;
    }
}
