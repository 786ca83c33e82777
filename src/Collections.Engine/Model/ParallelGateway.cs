namespace Collections.Engine.Model;

public sealed class ParallelGateway : Gateway;
