namespace Collections.Engine.Parsing;

/// <summary>Stable codes of <see cref="BpmnProblem"/>; tools and the API match on them, so never rename one.</summary>
public static class BpmnProblemCodes
{
    public const string Xml = "bpmn.xml";
    public const string TooLarge = "bpmn.too-large";
    public const string TooDeep = "bpmn.too-deep";
    public const string NotBpmn = "bpmn.not-bpmn";
    public const string NoProcess = "bpmn.no-process";
    public const string Internal = "bpmn.internal";
    public const string MissingId = "bpmn.missing-id";
    public const string DuplicateId = "bpmn.duplicate-id";
    public const string GeneratedId = "bpmn.generated-id";
    public const string UnsupportedElement = "bpmn.unsupported-element";
    public const string UnsupportedCamunda = "bpmn.unsupported-camunda";
    public const string UnsupportedAttribute = "bpmn.unsupported-attribute";
    public const string ServiceTaskNotExternal = "bpmn.service-task-not-external";
    public const string UnsupportedScriptFormat = "bpmn.unsupported-script-format";
    public const string ScriptMissing = "bpmn.script-missing";
    public const string FlowUnknownRef = "bpmn.flow-unknown-ref";
    public const string FlowCrossesScope = "bpmn.flow-crosses-scope";
    public const string GatewayNoOutgoing = "bpmn.gateway-no-outgoing";
    public const string EventGatewayTarget = "bpmn.event-gateway-target";
    public const string DefaultFlowInvalid = "bpmn.default-flow-invalid";
    public const string EventDefinitionMissing = "bpmn.event-definition-missing";
    public const string TimerDefinition = "bpmn.timer-definition";
    public const string TimerInvalid = "bpmn.timer-invalid";
    public const string DateInvalid = "bpmn.date-invalid";
    public const string RetryCycleInvalid = "bpmn.retry-cycle-invalid";
    public const string MessageRefMissing = "bpmn.message-ref-missing";
    public const string MessageRefUnknown = "bpmn.message-ref-unknown";
    public const string MessageNameMissing = "bpmn.message-name-missing";
    public const string DuplicateMessageStart = "bpmn.duplicate-message-start";
    public const string ErrorRefUnknown = "bpmn.error-ref-unknown";
    public const string BoundaryUnknownActivity = "bpmn.boundary-unknown-activity";
    public const string BoundaryNotActivity = "bpmn.boundary-not-activity";
    public const string ErrorBoundaryNonInterrupting = "bpmn.error-boundary-non-interrupting";
    public const string EventSubProcessStart = "bpmn.event-subprocess-start";
    public const string EventSubProcessFlows = "bpmn.event-subprocess-flows";
    public const string SubProcessStartMissing = "bpmn.subprocess-start-missing";
    public const string MultipleNoneStart = "bpmn.multiple-none-start";
    public const string NoStartEvent = "bpmn.no-start-event";
    public const string NoExecutableStart = "bpmn.no-executable-start";
    public const string ExpressionSyntax = "bpmn.expression-syntax";
    public const string CalledElementMissing = "bpmn.called-element-missing";
    public const string CalledElementVersionMissing = "bpmn.called-element-version-missing";
    public const string FormFieldInvalid = "bpmn.form-field-invalid";
    public const string TextInvalid = "bpmn.text-invalid";
    public const string StageInvalid = "bpmn.stage-invalid";
    public const string ParameterInvalid = "bpmn.parameter-invalid";
}
