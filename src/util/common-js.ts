/**
 * A named export of a CommonJS package loaded with import(). Node.js and the CLI bundle give the package's exports
 * as named exports; the library's ES module bundle, which carries some packages inside it, gives `module.exports`
 * as the default export only.
 */
export function commonJsExport<M extends object, K extends keyof M>(namespace: M, name: K): M[K] {
  const named = namespace[name];
  if (named !== undefined) return named;
  const exports = (namespace as { default?: Partial<M> }).default;
  return exports?.[name] as M[K];
}
