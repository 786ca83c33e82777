using CsCheck;

namespace Collections.Engine.Tests.Fuzzing;

/// <summary>
/// One parser entry point under fuzzing: how inputs are made, and how one is run. <see cref="Run"/> swallows only the
/// exceptions the entry point documents for bad input; anything else escaping it is a finding.
/// </summary>
internal sealed record FuzzTarget(string Name, Gen<string> Inputs, Action<string> Run);
