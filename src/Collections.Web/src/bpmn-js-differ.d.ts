// bpmn-js-differ 3.x ships no types: the part of its API the version view uses.
declare module 'bpmn-js-differ' {
  export interface ModdleLike { $type: string; id?: string; name?: string; [key: string]: unknown }
  export interface AttributeChange { oldValue: unknown; newValue: unknown }
  export interface Changes {
    _added: Record<string, ModdleLike>;
    _removed: Record<string, ModdleLike>;
    _changed: Record<string, { model: ModdleLike; attrs: Record<string, AttributeChange> }>;
    _layoutChanged: Record<string, ModdleLike>;
  }
  export function diff(a: unknown, b: unknown): Changes;
}
