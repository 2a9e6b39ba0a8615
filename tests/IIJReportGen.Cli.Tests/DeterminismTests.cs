using System.Diagnostics;
using IIJReportGen.Pipeline;
using IIJReportGen.Dataset.Tests;

namespace IIJReportGen.Cli.Tests;

/// <summary>Every output is byte-identical whatever the machine's locale (hence .NET culture) and time zone.</summary>
/// <remarks>A child process, because .NET reads LANG/LC_ALL and TZ once at start-up.</remarks>
public sealed class DeterminismTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("iijreport-determinism-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("de_DE.UTF-8", "Pacific/Chatham")]
    [InlineData("ja_JP.UTF-8", "America/New_York")]
    [InlineData("C", "Asia/Tokyo")]
    public void BuildIsTheSameUnderAnyLocaleAndTimeZone(string locale, string timeZone)
    {
        var reference = Path.Combine(_folder, "reference");
        Assert.True(ReportBuild.Run(new BuildRequest(RepositoryPaths.BundledDataset, reference, Path.Combine(RepositoryPaths.Root, "templates"))).Succeeded);

        var other = Path.Combine(_folder, "other");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { typeof(CommandTree).Assembly.Location, "build", RepositoryPaths.BundledDataset, "--out", other, "--templates", Path.Combine(RepositoryPaths.Root, "templates"), "--quiet" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Environment.CurrentDirectory,
        };
        start.Environment["LANG"] = locale;
        start.Environment["LC_ALL"] = locale;
        start.Environment["TZ"] = timeZone;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, output);

        var files = Directory.GetFiles(reference, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(reference, f)).Order().ToList();
        Assert.Equal(files, Directory.GetFiles(other, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(other, f)).Order());
        foreach (var file in files)
            Assert.True(File.ReadAllBytes(Path.Combine(reference, file)).SequenceEqual(File.ReadAllBytes(Path.Combine(other, file))), $"{file} differs under {locale}, TZ={timeZone}");
    }
}
