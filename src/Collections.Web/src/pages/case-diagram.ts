import 'camunda-bpmn-js/dist/assets/camunda-platform-navigated-viewer.css';
import NavigatedViewer from 'camunda-bpmn-js/lib/camunda-platform/NavigatedViewer';
import { onLeave } from '../main';
import { diagramModules, focusDiagram } from '../diagram-focus';

interface Shape { id: string; type: string; source?: { id: string }; target?: { id: string } }

/**
 * Draws the process of a case read-only (bpmn-js NavigatedViewer): activities holding a token now get the
 * <c>waiting</c> marker, passed ones <c>completed</c>, and a sequence flow between two passed or waiting activities is
 * shaded as the path taken. The view opens zoomed to the waiting activities (diagram-focus.ts).
 */
export async function renderCaseDiagram(container: HTMLElement, xml: string, waiting: string[], completed: string[]): Promise<void> {
  const viewer = new NavigatedViewer({ container, additionalModules: diagramModules });
  onLeave(() => viewer.destroy());
  await viewer.importXML(xml);
  const canvas = viewer.get('canvas') as { addMarker(id: string, m: string): void };
  const registry = viewer.get('elementRegistry') as { get(id: string): Shape | undefined; filter(fn: (e: Shape) => boolean): Shape[] };
  // Opens on the activities the case waits at, with a mini-map of the whole process.
  focusDiagram(viewer, container, waiting);
  const passed = new Set(completed);
  const reached = new Set([...completed, ...waiting]);
  for (const id of passed) if (registry.get(id)) canvas.addMarker(id, 'completed');
  for (const id of waiting) if (registry.get(id)) canvas.addMarker(id, 'waiting');
  for (const flow of registry.filter((e) => e.type === 'bpmn:SequenceFlow')) {
    if (flow.source && flow.target && passed.has(flow.source.id) && reached.has(flow.target.id)) canvas.addMarker(flow.id, 'taken');
  }
}
