using Collections.Benchmarks;

// Load and throughput runs that print figures (never asserted in tests). See docs/benchmarks.md.
return await BenchmarkCommand.RunAsync(args);
