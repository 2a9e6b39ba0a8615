using IIJReportGen.Dataset.Tests;
using IIJReportGen.Diagnostics;
using static IIJReportGen.Cli.Tests.ChildProcess;

namespace IIJReportGen.Cli.Tests;

/// <summary>A fault of the machine is said as such — what failed and what to fix — with exit 3, never "internal error" or exit 1;
/// a real bug is still an internal error. The faults are made in child processes (a closed or full standard output, no fonts)
/// or by paths that cannot work (a folder under a file), since tests may run as root, where permissions do not bite.</summary>
public sealed class MachineFaultTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("iijreport-fault-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Templates => Path.Combine(RepositoryPaths.Root, "templates");

    [LinuxFact("/dev/full and /bin/sh")]
    public void A_full_disk_behind_standard_output_is_exit_3_saying_so()
    {
        var (exit, _, error) = Shell($"{Program()} validate {Quote(RepositoryPaths.MiniDataset)} --templates {Quote(Templates)} > /dev/full");

        Assert.Equal(ExitCode.MachineFault, exit);
        var line = Assert.Single(Lines(error));
        Assert.StartsWith("error SYS001: Writing to standard output failed: the disk is full (No space left on device", line);
        Assert.Contains("Free space on that disk", line);
        Assert.DoesNotContain("Access to the path", line);
    }

    [LinuxFact("/bin/sh, to start the program with its standard output closed")]
    public void A_closed_standard_output_is_exit_3_saying_so()
    {
        var (exit, _, error) = Shell($"{Program()} validate {Quote(RepositoryPaths.MiniDataset)} --templates {Quote(Templates)} >&-");

        Assert.Equal(ExitCode.MachineFault, exit);
        var line = Assert.Single(Lines(error));
        Assert.StartsWith("error SYS001: Writing to standard output failed: the stream is closed (Bad file descriptor).", line);
        Assert.Contains("redirect them to a file or to /dev/null", line);
    }

    [LinuxFact("cp -al, for a hard-linked copy of the program without its fonts, and fontconfig's FONTCONFIG_FILE")]
    public void No_fonts_at_all_is_exit_3_naming_the_fonts_folder()
    {
        var program = Path.Combine(_folder, "program");
        Assert.Equal(0, Run("/bin/cp", ["-al", AppContext.BaseDirectory.TrimEnd('/'), program]).Exit);
        Directory.Delete(Path.Combine(program, "fonts"), recursive: true);
        var noFonts = Path.Combine(_folder, "fonts.conf");
        File.WriteAllText(noFonts, "<?xml version=\"1.0\"?><fontconfig></fontconfig>");
        var output = Path.Combine(_folder, "out");

        var (exit, stdout, error) = Run("dotnet", [Path.Combine(program, "iijreport.dll"), "build", RepositoryPaths.BundledDataset, "--out", output, "--templates", Templates, "--quiet"],
            new() { ["FONTCONFIG_FILE"] = noFonts });

        Assert.True(exit == ExitCode.MachineFault, stdout + error);
        var line = Assert.Single(Lines(stdout), l => l.Contains("error SYS001", StringComparison.Ordinal));
        Assert.Contains($"the bundled fonts folder '{Path.Combine(program, "fonts")}' is missing or unreadable", line);
        Assert.DoesNotContain("internal error", stdout + error);
        Assert.Empty(Directory.GetFiles(output));
    }

    [Fact]
    public void An_output_folder_under_a_file_is_exit_3()
    {
        var file = Path.Combine(_folder, "a-file");
        File.WriteAllText(file, "");

        var (exit, output, _) = InProcess("build", RepositoryPaths.BundledDataset, "--out", Path.Combine(file, "out"), "--templates", Templates, "--quiet");

        Assert.Equal(ExitCode.MachineFault, exit);
        Assert.Contains($"error SYS001: Preparing the output folder '{Path.Combine(file, "out")}' failed: a file is in the way of a folder", output);
    }

    [Fact]
    public void A_rollforward_out_path_under_a_file_is_exit_3()
    {
        var file = Path.Combine(_folder, "a-file");
        File.WriteAllText(file, "");
        var target = Path.Combine(file, "next.json");

        var (exit, _, error) = InProcess("rollforward", RepositoryPaths.BundledDataset, "--to", "1H14", "--out", target);

        Assert.Equal(ExitCode.MachineFault, exit);
        var line = Assert.Single(Lines(error));
        Assert.StartsWith($"error SYS001: Writing '{target}' failed: a file is in the way of a folder", line);
        Assert.DoesNotContain("internal error", error);
    }

    [LinuxTheory("error numbers as Linux has them")]
    [InlineData(28, "the disk is full")]
    [InlineData(30, "the file system is read-only")]
    [InlineData(13, "permission denied")]
    public void A_fault_a_command_meets_is_exit_3_with_what_failed(int errno, string reason)
    {
        var root = new System.CommandLine.RootCommand("test") { new System.CommandLine.Command("save") };
        root.Subcommands[0].SetAction(int (_) => throw new IOException("the system's words", errno));
        var error = new StringWriter();

        var exit = CommandLineRunner.Run(root, ["save"], new StringWriter(), error);

        Assert.Equal(ExitCode.MachineFault, exit);
        Assert.StartsWith($"error SYS001: Running 'save' failed: {reason} (the system's words).", error.ToString());
        Assert.DoesNotContain("internal error", error.ToString());
    }

    private static (int Exit, string Output, string Error) InProcess(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        return (CommandLineRunner.Run(CommandTree.Create(), args, output, error), output.ToString(), error.ToString());
    }

    private static string Program() => $"dotnet {Quote(ChildProcess.Iijreport)}";
}
