using CsCheck;

namespace Collections.Engine.Tests.Fuzzing;

/// <summary>
/// Random and mutated inputs (from workflows/ and the BPMN corpus) through every parser entry point: none throws
/// anything but its documented bad-input exception, none overflows the stack, none hangs. Iterations are kept small so
/// the suite stays quick; <c>dotnet run -c Release --project tests/Collections.Benchmarks -- fuzz --minutes N</c> runs
/// the same targets for longer.
/// </summary>
public sealed class ParserFuzzTests
{
    private const int Iterations = 200;

    private static readonly IReadOnlyList<FuzzTarget> Targets = FuzzTargets.All(FuzzCorpus.Load(AppContext.BaseDirectory));

    public static TheoryData<string> TargetNames() => [.. Targets.Select(t => t.Name)];

    [Theory]
    [MemberData(nameof(TargetNames))]
    public void Parse_RandomAndMutatedInput_OnlyExpectedErrors(string name)
    {
        var target = Targets.Single(t => t.Name == name);

        target.Inputs.Sample(input => FuzzRunner.RunCase(target, input), iter: Iterations, threads: 1, seed: null);
    }
}
