/** The JavaScript of the module that takes the place of src/render/precompiled.ts in the bundles. */
export function precompiledTemplatesModule(root: string): string;
