namespace Collections.Engine.Api;

public enum ProcessInstanceStatus
{
    Active,
    Completed,
    Canceled,
}
