using System.Diagnostics;
using System.Runtime.Versioning;
using IIJReportGen.Dataset.Tests;
using IIJReportGen.Diagnostics;
using IIJReportGen.Pipeline;
using IIJReportGen.Pipeline.Tests;
using static IIJReportGen.Cli.Tests.ChildProcess;

namespace IIJReportGen.Cli.Tests;

/// <summary>Publishing under real faults, in child processes: a kill in the middle of publishing, a full disk, folders an
/// unprivileged user may not write. The output folder is always one whole build (the previous or the new), a fault is
/// exit 3 saying what to fix, and the next build cleans up what a killed one left.</summary>
/// <remarks>The in-process tests of each publishing step (injected failures, links, the lock) are Pipeline.Tests/Publishing.</remarks>
[UnsupportedOSPlatform("windows")] // Unix file modes make the faults.
public sealed class PublishingFaultTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("iijreport-publishing-").FullName;

    public void Dispose()
    {
        Shell($"chmod -R u+rwX {Quote(_folder)}");
        Directory.Delete(_folder, recursive: true);
    }

    private string Output => Path.Combine(_folder, "out");

    private static string Templates => Path.Combine(RepositoryPaths.Root, "templates");

    private string[] Build(string dataset, string output) => [Iijreport, "build", dataset, "--out", output, "--templates", Templates, "--quiet"];

    /// <summary>A build of the bundled dataset into <see cref="Output"/>, in this process; its manifest.</summary>
    private string PreviousBuild()
    {
        var result = ReportBuild.Run(new BuildRequest(RepositoryPaths.BundledDataset, Output, Templates));
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        return PublishedFolder.WholeBuild(Output) ?? throw new InvalidOperationException("the first build is not whole");
    }

    private string Changed() => ChangedDataset.Write(_folder);

    [LinuxFact("SIGKILL of a child process while it publishes")]
    public void A_build_killed_while_publishing_leaves_a_whole_build_and_the_next_build_cleans_up()
    {
        var previous = PreviousBuild();
        // Many files of the user's: carrying them into the staging folder takes long enough to kill the build there.
        var mine = Directory.CreateDirectory(Path.Combine(Output, "mine")).FullName;
        for (var i = 0; i < 10_000; i++)
            File.WriteAllText(Path.Combine(mine, $"{i}.txt"), $"note {i}");

        using (var child = Process.Start(Start("dotnet", Build(Changed(), Output)))!)
        {
            var staging = Path.Combine(_folder, $".out.staging-{child.Id}");
            var clock = Stopwatch.StartNew();
            while (!Directory.Exists(Path.Combine(staging, "mine")) && !child.HasExited && clock.Elapsed < TimeSpan.FromMinutes(3))
                Thread.Sleep(1);
            child.Kill();
            child.WaitForExit();
            Assert.True(child.ExitCode != 0, "the child published before it was killed: " + child.StandardError.ReadToEnd());
            Assert.Contains(Path.GetFileName(staging), PublishedFolder.Beside(Output)); // killed while publishing: its staging folder is left
        }

        var afterKill = PublishedFolder.WholeBuild(Output);
        Assert.NotNull(afterKill); // the previous build or the new one, never a mix
        Assert.Equal(10_000, Directory.GetFiles(mine).Length);
        Assert.Equal("note 9999", File.ReadAllText(Path.Combine(mine, "9999.txt")));

        Assert.Equal(0, Run("dotnet", Build(Changed(), Output)).Exit);

        Assert.Equal([".out.lock"], PublishedFolder.Beside(Output));
        Assert.NotEqual(previous, PublishedFolder.WholeBuild(Output));
        Assert.Equal(10_000, Directory.GetFiles(mine).Length);
    }

    [OwnFileSystemFact]
    public void A_full_disk_is_exit_3_saying_so_and_leaves_the_previous_build_whole()
    {
        var disk = Directory.CreateDirectory(Path.Combine(_folder, "disk")).FullName;
        var output = Path.Combine(disk, "out");
        string Command(string[] args) => string.Join(' ', args.Prepend("dotnet").Select(Quote));
        // A small disk of its own (tmpfs in a mount namespace): a good build, then the disk filled, then a build that cannot write.
        var script = $"""
            set -e
            mount -t tmpfs -o size=16m tmpfs {Quote(disk)}
            {Command(Build(RepositoryPaths.BundledDataset, output))}
            cp -a {Quote(output)} {Quote(Path.Combine(_folder, "before"))}
            dd if=/dev/zero of={Quote(Path.Combine(disk, "filler"))} bs=64k 2>/dev/null || true
            set +e
            {Command(Build(Changed(), output))}
            echo $? > {Quote(Path.Combine(_folder, "exit"))}
            ls -A {Quote(disk)} > {Quote(Path.Combine(_folder, "beside"))}
            cp -a {Quote(output)} {Quote(Path.Combine(_folder, "after"))}
            """;

        var (exit, stdout, error) = Run("unshare", ["-rm", "/bin/sh", "-c", script]);

        Assert.True(exit == 0, stdout + error);
        Assert.Equal("3", File.ReadAllText(Path.Combine(_folder, "exit")).Trim());
        var line = Assert.Single(Lines(stdout), l => l.Contains(" error ", StringComparison.Ordinal));
        Assert.StartsWith($"{output}: error SYS001: Writing the outputs beside '{output}' failed: the disk is full (No space left on device", line);
        Assert.EndsWith("Free space on that disk, or write to another disk (another --out folder); then run again.", line);
        Assert.Equal(PublishedFolder.WholeBuild(Path.Combine(_folder, "before")), PublishedFolder.WholeBuild(Path.Combine(_folder, "after")));
        Assert.NotNull(PublishedFolder.WholeBuild(Path.Combine(_folder, "after")));
        Assert.Equal([".out.lock", "filler", "out"], Lines(File.ReadAllText(Path.Combine(_folder, "beside"))).Order(StringComparer.Ordinal));
    }

    [UnprivilegedFact]
    public void A_read_only_folder_in_the_previous_build_does_not_stop_the_next_one()
    {
        var previous = PreviousBuild();
        File.SetUnixFileMode(Path.Combine(Output, "xbrl"), UnixFileMode.UserRead | UnixFileMode.UserExecute);
        var changed = Changed();
        Unprivileged.Own(_folder);

        var (program, args) = Unprivileged.Command("dotnet", Build(changed, Output));
        var (exit, stdout, error) = Run(program, args);

        Assert.True(exit == ExitCode.Success, stdout + error);
        Assert.NotEqual(previous, PublishedFolder.WholeBuild(Output));
        Assert.NotNull(PublishedFolder.WholeBuild(Output));
        Assert.Equal([".out.lock"], PublishedFolder.Beside(Output)); // the previous tree, read-only folder and all, is gone
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.Combine(Output, "xbrl"))); // the user's mode is kept
    }

    [UnprivilegedFact]
    public void An_output_folder_in_a_read_only_folder_is_exit_3_and_left_as_it_was()
    {
        var previous = PreviousBuild();
        var changed = Changed();
        Unprivileged.Own(_folder);
        File.SetUnixFileMode(_folder, UnixFileMode.UserRead | UnixFileMode.UserExecute);

        var (program, args) = Unprivileged.Command("dotnet", Build(changed, Output));
        var (exit, stdout, error) = Run(program, args);

        Assert.True(exit == ExitCode.MachineFault, stdout + error);
        var line = Assert.Single(Lines(stdout), l => l.Contains(" error ", StringComparison.Ordinal));
        Assert.StartsWith($"{Output}: error SYS001: Preparing the output folder '{Output}' failed: permission denied (Access to the path '{_folder}/.out.staging-", line);
        Assert.EndsWith("' is denied). Give your user access to that path, or choose another folder (--out).", line);
        Assert.Equal(previous, PublishedFolder.WholeBuild(Output));
        Assert.Equal([".out.lock"], PublishedFolder.Beside(Output));
    }

    [UnprivilegedFact]
    public void A_rollforward_into_a_read_only_folder_is_exit_3()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_folder, "read-only")).FullName;
        Unprivileged.Own(_folder);
        File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        var target = Path.Combine(folder, "next.json");

        var (program, args) = Unprivileged.Command("dotnet", Iijreport, "rollforward", RepositoryPaths.BundledDataset, "--to", "1H14", "--out", target);
        var (exit, stdout, error) = Run(program, args);

        Assert.True(exit == ExitCode.MachineFault, stdout + error);
        var line = Assert.Single(Lines(error));
        Assert.StartsWith($"error SYS001: Writing '{target}' failed: permission denied (Access to the path ", line);
        Assert.EndsWith("Give your user access to that path, or choose another folder (--out).", line);
        Assert.Empty(Directory.GetFileSystemEntries(folder));
    }
}
