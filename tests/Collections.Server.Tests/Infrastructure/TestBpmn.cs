namespace Collections.Server.Tests.Infrastructure;

/// <summary>Small BPMN documents for the smoke tests.</summary>
public static class TestBpmn
{
    public const string Valid = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="defs" targetNamespace="http://collections.dev/test">
          <bpmn:process id="smoke-valid" isExecutable="true">
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="review" />
            <bpmn:userTask id="review" />
            <bpmn:sequenceFlow id="f2" sourceRef="review" targetRef="end" />
            <bpmn:endEvent id="end" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    /// <summary>A complex gateway (unsupported, DESIGN.md "Supported BPMN") on line <see cref="InvalidElementLine"/>.</summary>
    public const string Invalid = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="defs" targetNamespace="http://collections.dev/test">
          <bpmn:process id="smoke-invalid" isExecutable="true">
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="complex1" />
            <bpmn:complexGateway id="complex1" />
            <bpmn:sequenceFlow id="f2" sourceRef="complex1" targetRef="end" />
            <bpmn:endEvent id="end" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    public const string InvalidElementId = "complex1";

    public const int InvalidElementLine = 6;
}
