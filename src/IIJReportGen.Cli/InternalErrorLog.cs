using System.Globalization;

namespace IIJReportGen.Cli;

/// <summary>Writes an unexpected exception to a log file, so the terminal shows one line and no stack trace.</summary>
internal static class InternalErrorLog
{
    /// <summary>The path of the log written (in the temp folder), or a note that it could not be written — never a second exception.</summary>
    public static string Write(Exception exception)
    {
        var path = Path.Combine(Path.GetTempPath(), $"iijreport-error-{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}.log");
        try
        {
            File.WriteAllText(path, exception.ToString());
            return path;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"(no log: {path} could not be written; the error was {exception.GetType().Name}: {exception.Message})";
        }
    }
}
