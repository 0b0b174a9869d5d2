/**
 * Preloaded into `next build` (NODE_OPTIONS --import, set by adminBuild.ts) so its warnings reach the log.
 * Payload's withPayload replaces console.warn with a filter that drops any call whose text contains a Sass
 * deprecation notice; Next prints ALL webpack warnings as one console.warn call, so a single Sass notice
 * hid the whole list and "Compiled with warnings" appeared with nothing under it. Here console.warn keeps
 * its original function: later assignments are ignored (a setter, so strict-mode code assigning it does not throw).
 * Only the build child loads this; the server's console is untouched.
 */
const originalWarn = console.warn
Object.defineProperty(console, 'warn', {
  configurable: true,
  get: () => originalWarn,
  set: () => {},
})
