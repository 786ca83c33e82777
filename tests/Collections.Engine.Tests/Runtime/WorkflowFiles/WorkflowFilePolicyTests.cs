using Collections.Engine.Api;
using Collections.Engine.Runtime.WorkflowFiles;

namespace Collections.Engine.Tests.Runtime.WorkflowFiles;

/// <summary>The start-up rule for workflow files, decided without a database (docs/playbook.md, "Designer or files in git").</summary>
public sealed class WorkflowFilePolicyTests
{
    private static readonly DateTimeOffset Published = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Decide_NoVersionYet_FirstDeployment() =>
        Assert.Equal(WorkflowFileRule.FirstDeployment, Decide(file: "A", latest: null, tracked: null));

    [Fact]
    public void Decide_FileUnchangedAndStillLatest_Unchanged() =>
        Assert.Equal(WorkflowFileRule.Unchanged, Decide(file: "A", latest: (1, "A"), tracked: ("A", 1)));

    [Fact]
    public void Decide_FileUnchangedAndDesignerVersionNewer_KeepsDesignerVersion() =>
        Assert.Equal(WorkflowFileRule.KeptNewer, Decide(file: "A", latest: (2, "B"), tracked: ("A", 1)));

    [Fact]
    public void Decide_FileChangedAndNothingNewerElsewhere_DeploysFile() =>
        Assert.Equal(WorkflowFileRule.FileChanged, Decide(file: "C", latest: (1, "A"), tracked: ("A", 1)));

    [Fact]
    public void Decide_FileChangedToTheLatestVersionsXml_AdoptsItWithoutNewVersion() =>
        Assert.Equal(WorkflowFileRule.MatchesLatest, Decide(file: "B", latest: (2, "B"), tracked: ("A", 1)));

    [Fact]
    public void Decide_BothChangedFileWrittenAfterPublish_FileReplacesNewer() =>
        Assert.Equal(WorkflowFileRule.FileReplacedNewer, Decide(file: "C", latest: (2, "B"), tracked: ("A", 1), written: Published.AddMinutes(1)));

    [Fact]
    public void Decide_BothChangedFileWrittenBeforePublish_KeepsNewer() =>
        Assert.Equal(WorkflowFileRule.KeptNewerOverOlderFile, Decide(file: "C", latest: (2, "B"), tracked: ("A", 1), written: Published.AddMinutes(-1)));

    [Fact]
    public void Decide_FileNeverDeployedAndProcessPublishedElsewhere_NewerUnlessFileWrittenAfter()
    {
        Assert.Equal(WorkflowFileRule.KeptNewerOverOlderFile, Decide(file: "C", latest: (1, "B"), tracked: null, written: Published.AddDays(-1)));
        Assert.Equal(WorkflowFileRule.FileReplacedNewer, Decide(file: "C", latest: (1, "B"), tracked: null, written: Published.AddDays(1)));
    }

    private static WorkflowFileRule Decide(string file, (int Version, string Hash)? latest, (string Hash, int Version)? tracked, DateTimeOffset? written = null) =>
        WorkflowFilePolicy.Decide(new WorkflowFileFacts(
            file, written ?? Published.AddDays(-1), latest?.Version, latest?.Hash, latest is null ? null : Published, tracked?.Hash, tracked?.Version));
}
