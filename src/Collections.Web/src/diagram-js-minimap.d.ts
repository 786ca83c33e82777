// diagram-js-minimap ships no types: a diagram-js module, passed to a viewer's additionalModules.
declare module 'diagram-js-minimap' {
  const minimapModule: Record<string, unknown>;
  export default minimapModule;
}
