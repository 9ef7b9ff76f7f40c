/**
 * The built-in templates precompiled, keyed by their text: each gives the Handlebars spec whose positions name
 * `source` as the template's file. scripts/build.mjs fills this in when it bundles the CLI and the library
 * (scripts/precompile-templates.mjs); run from the sources, it is empty and every template is compiled.
 */
export const PRECOMPILED: ReadonlyMap<string, (source: string) => TemplateSpecification> = new Map();
