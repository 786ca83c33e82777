import { t } from './i18n';
import { navigate } from './main';

// Drafts live in this browser's localStorage (one per process key), not on the server: a draft is personal work in
// progress; publishing is what the team sees.
export const draftKey = (key: string) => `collections.draft.${key}`;

export const newProcessXml = (key: string) => `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
  xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
  id="Definitions_${key}" targetNamespace="http://bpmn.io/schema/bpmn">
  <bpmn:process id="${key}" name="${key}" isExecutable="true">
    <bpmn:startEvent id="StartEvent_1" />
  </bpmn:process>
  <bpmndi:BPMNDiagram id="BPMNDiagram_1">
    <bpmndi:BPMNPlane id="BPMNPlane_1" bpmnElement="${key}">
      <bpmndi:BPMNShape id="StartEvent_1_di" bpmnElement="StartEvent_1"><dc:Bounds x="180" y="160" width="36" height="36" /></bpmndi:BPMNShape>
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>`;

/** Asks for the new process's key and opens it as a draft. */
export function newProcess(): void {
  const name = prompt(t('designer.new'), 'new-process');
  if (name && /^[A-Za-z_][\w.-]*$/.test(name)) {
    localStorage.setItem(draftKey(name), newProcessXml(name));
    navigate(`/designer/${encodeURIComponent(name)}`);
  }
}
