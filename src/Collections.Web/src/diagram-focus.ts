// A read-only diagram (case page, version view) opens on the part that matters: the activities a case waits at (or
// where cases wait, on a version) at a readable scale, not a whole six-lane process squeezed into the page. A mini-map
// shows where that part sits in the whole process; zoom buttons step in and out, show everything, or go back.
import 'diagram-js-minimap/assets/diagram-js-minimap.css';
import './ui-details.css';
import minimapModule from 'diagram-js-minimap';
import { h } from './dom';
import { t } from './i18n';

/** The extra diagram-js modules a read-only viewer needs for this (pass as additionalModules). */
export const diagramModules = [minimapModule];

interface Box { x: number; y: number; width: number; height: number }
interface Canvas {
  zoom(level?: number | 'fit-viewport', center?: 'auto' | { x: number; y: number }): number;
  viewbox(box?: Box): Box & { outer: { width: number; height: number }; scale: number };
}
interface Registry { get(id: string): (Box & { waypoints?: unknown }) | undefined }
interface Viewer { get(name: string): unknown }

/** Space kept around the focused activities, in diagram units: their neighbours stay in view. */
const margin = 120;
/** The focus never magnifies past 1:1 (a task is then 100 px wide). */
const maxScale = 1;
const step = 1.25;

/** Zooms to <paramref name="focusIds"/> (or fits the whole process when none are drawn) and adds the controls. */
export function focusDiagram(viewer: Viewer, container: HTMLElement, focusIds: string[]): void {
  const canvas = viewer.get('canvas') as Canvas;
  const registry = viewer.get('elementRegistry') as Registry;
  const shapes = focusIds.map((id) => registry.get(id)).filter((s): s is Box => s !== undefined && !('waypoints' in s && s.waypoints));
  const focus = () => {
    if (shapes.length === 0) {
      canvas.zoom('fit-viewport');
      return;
    }
    const x = Math.min(...shapes.map((s) => s.x)) - margin;
    const y = Math.min(...shapes.map((s) => s.y)) - margin;
    const width = Math.max(...shapes.map((s) => s.x + s.width)) - x + margin;
    const height = Math.max(...shapes.map((s) => s.y + s.height)) - y + margin;
    const outer = canvas.viewbox().outer;
    const scale = Math.min(maxScale, outer.width / width, outer.height / height);
    const [w, hgt] = [outer.width / scale, outer.height / scale];
    canvas.viewbox({ x: x + width / 2 - w / 2, y: y + height / 2 - hgt / 2, width: w, height: hgt });
  };
  focus();
  (viewer.get('minimap') as { open(): void }).open();
  const button = (key: string, label: string, action: () => void) =>
    h('button', { type: 'button', title: t(key), 'aria-label': t(key), 'data-testid': `diagram-${key.substring('diagram.'.length)}`, onclick: action }, label);
  container.append(h('div', { class: 'diagram-controls', 'data-testid': 'diagram-controls' },
    button('diagram.zoomIn', '+', () => canvas.zoom(canvas.zoom() * step, 'auto')),
    button('diagram.zoomOut', '−', () => canvas.zoom(canvas.zoom() / step, 'auto')),
    button('diagram.fit', '⤢', () => canvas.zoom('fit-viewport')),
    shapes.length > 0 ? button('diagram.focus', '◎', focus) : null));
}
