using IIJReportGen.Dataset.Tests;
using IIJReportGen.Diagnostics;

namespace IIJReportGen.Pipeline.Tests;

/// <summary>Publishing is all or nothing: the output folder is always one whole build, the previous or the new, whatever
/// happens during publishing; builds into one folder take turns; the user's files in it are kept; and nothing outside it
/// but its lock file and staging folder is written or deleted — no link is followed.</summary>
/// <remarks>A kill is studied at each step of publishing through <see cref="StagedOutputs.Checkpoint"/>: what is on disk at
/// that instant is what a process killed there leaves (a kill in a child process is in Cli.Tests).</remarks>
public sealed class PublishingTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("iijreport-publish-").FullName;

    public PublishingTests()
    {
        Output = Path.Combine(_folder, "out");
        Outside = Path.Combine(_folder, "outside");
        Directory.CreateDirectory(Outside);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Output { get; }

    /// <summary>A folder beside the output folder that no build may touch.</summary>
    private string Outside { get; }

    private BuildResult Build(string? dataset = null, float? png = null) =>
        ReportBuild.Run(new BuildRequest(dataset ?? RepositoryPaths.BundledDataset, Output, Path.Combine(RepositoryPaths.Root, "templates"), RepositoryPaths.Root, png));

    private string Changed() => ChangedDataset.Write(_folder);

    private string PreviousBuild()
    {
        Assert.True(Build().Succeeded);
        return PublishedFolder.WholeBuild(Output) ?? throw new InvalidOperationException("the first build is not whole");
    }

    [Fact]
    public void A_failure_while_publishing_leaves_the_previous_build_whole()
    {
        var previous = PreviousBuild();
        File.WriteAllText(Path.Combine(Output, "notes.txt"), "mine");
        StagedOutputs.Checkpoint.Value = step => _ = step == "carried" ? throw new IOException("No space left on device", 28) : 0;

        var result = Build(Changed());

        var fault = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.True(MachineFault.Is(fault));
        Assert.StartsWith($"Publishing to '{Output}' failed: ", fault.Message);
        Assert.Equal(previous, PublishedFolder.WholeBuild(Output));
        Assert.Equal("mine", File.ReadAllText(Path.Combine(Output, "notes.txt")));
        Assert.Equal([".out.lock"], PublishedFolder.Beside(Output));
    }

    [Fact]
    public void A_build_killed_at_any_step_of_publishing_leaves_a_whole_build()
    {
        var previous = PreviousBuild();
        var seen = new Dictionary<string, string?>();
        StagedOutputs.Checkpoint.Value = step => seen[step] = PublishedFolder.WholeBuild(Output);

        Assert.True(Build(Changed()).Succeeded);

        var published = PublishedFolder.WholeBuild(Output);
        Assert.NotEqual(previous, published);
        Assert.Equal(previous, seen["carried"]);
        Assert.Equal(published, seen["exchanged"]);
        Assert.Equal([".out.lock"], PublishedFolder.Beside(Output));
    }

    [Fact]
    public void Leftovers_of_killed_builds_are_removed_by_the_next_build()
    {
        PreviousBuild();
        var staging = Path.Combine(_folder, ".out.staging-99999");
        Directory.CreateDirectory(Path.Combine(staging, "xbrl"));
        File.WriteAllText(Path.Combine(staging, "press-release.pdf"), "half a PDF");
        Directory.CreateSymbolicLink(Path.Combine(staging, "png"), Outside);
        File.WriteAllText(Path.Combine(Outside, "keep.png"), "not ours");

        Assert.True(Build(Changed()).Succeeded);

        Assert.Equal([".out.lock"], PublishedFolder.Beside(Output));
        Assert.Equal("not ours", File.ReadAllText(Path.Combine(Outside, "keep.png")));
    }

    [Fact]
    public void A_previous_build_a_kill_left_outside_the_folder_is_put_back_first()
    {
        PreviousBuild();
        File.WriteAllText(Path.Combine(Output, "notes.txt"), "mine");
        // Where the two-rename fallback leaves the previous tree when killed between its renames: no output folder at all.
        Directory.Move(Output, Path.Combine(_folder, ".out.staging-4242-previous"));

        Assert.True(Build(Changed()).Succeeded);

        Assert.NotNull(PublishedFolder.WholeBuild(Output));
        Assert.Equal("mine", File.ReadAllText(Path.Combine(Output, "notes.txt")));
        Assert.Equal([".out.lock"], PublishedFolder.Beside(Output));
    }

    [Fact]
    public async Task A_second_build_into_the_same_folder_waits_for_the_first()
    {
        var previous = PreviousBuild();
        Task<BuildResult> second;
        using (OutputLock.Take(Path.Combine(_folder, ".out.lock"), Output))
        {
            second = Task.Run(() => Build(Changed()));
            await Task.Delay(TimeSpan.FromSeconds(2));
            Assert.False(second.IsCompleted);
            Assert.Equal([".out.lock"], PublishedFolder.Beside(Output));
            Assert.Equal(previous, PublishedFolder.WholeBuild(Output));
        }

        Assert.True((await second).Succeeded);
        Assert.NotEqual(previous, PublishedFolder.WholeBuild(Output));
    }

    [Fact]
    public async Task Two_builds_at_once_into_one_folder_both_publish_whole()
    {
        var results = await Task.WhenAll(Task.Run(() => Build()), Task.Run(() => Build(Changed())));

        Assert.All(results, r => Assert.True(r.Succeeded));
        Assert.NotNull(PublishedFolder.WholeBuild(Output));
        Assert.Equal([".out.lock"], PublishedFolder.Beside(Output));
    }

    [Fact]
    public void The_users_own_files_are_kept_and_the_previous_builds_are_not()
    {
        Assert.True(Build(png: 24).Succeeded);
        File.WriteAllText(Path.Combine(Output, "notes.txt"), "mine");
        Directory.CreateDirectory(Path.Combine(Output, "drafts", "empty"));
        File.WriteAllText(Path.Combine(Output, "drafts", "draft.txt"), "draft");
        File.WriteAllText(Path.Combine(Output, "xbrl", "mine.txt"), "beside the filing");
        File.WriteAllText(Path.Combine(Outside, "linked.txt"), "outside");
        File.CreateSymbolicLink(Path.Combine(Output, "link.txt"), Path.Combine(Outside, "linked.txt"));

        Assert.True(Build(Changed()).Succeeded);

        Assert.Equal("mine", File.ReadAllText(Path.Combine(Output, "notes.txt")));
        Assert.Equal("draft", File.ReadAllText(Path.Combine(Output, "drafts", "draft.txt")));
        Assert.True(Directory.Exists(Path.Combine(Output, "drafts", "empty")));
        Assert.Equal("beside the filing", File.ReadAllText(Path.Combine(Output, "xbrl", "mine.txt")));
        Assert.Equal(Path.Combine(Outside, "linked.txt"), new FileInfo(Path.Combine(Output, "link.txt")).LinkTarget);
        Assert.False(Directory.Exists(Path.Combine(Output, "png")));
        Assert.NotNull(PublishedFolder.WholeBuild(Output));
    }

    [Fact]
    public void A_link_in_the_output_folder_to_a_folder_outside_is_never_followed()
    {
        Assert.True(Build(png: 24).Succeeded);
        var pages = Directory.GetFiles(Path.Combine(Output, "png")).Select(Path.GetFileName).OfType<string>().ToList();
        foreach (var page in pages)
            File.WriteAllText(Path.Combine(Outside, page), "someone else's " + page);
        Directory.Delete(Path.Combine(Output, "png"), recursive: true);
        Directory.CreateSymbolicLink(Path.Combine(Output, "png"), Outside);

        Assert.True(Build().Succeeded); // the previous manifest lists png/…: once, they were deleted through the link
        Assert.Equal(Outside, new DirectoryInfo(Path.Combine(Output, "png")).LinkTarget);
        Assert.True(Build(png: 24).Succeeded); // this build makes png/ itself: a folder of its own takes the link's place
        Assert.Null(new DirectoryInfo(Path.Combine(Output, "png")).LinkTarget);
        Assert.True(Build().Succeeded);

        Assert.All(pages, page => Assert.Equal("someone else's " + page, File.ReadAllText(Path.Combine(Outside, page))));
        Assert.Equal(pages.Count, Directory.GetFiles(Outside).Length);
    }
}
