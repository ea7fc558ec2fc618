import path from 'node:path';
import type { Plugin } from 'vite';
import { tokens } from '@fluentui/tokens';

const values = new Map<string, string>(Object.entries(tokens));
/** `tokens.name`, not `other.tokens.name`. */
const USE = /(?<![.\w$])tokens\.([A-Za-z0-9]+)\b/g;
/** `tokens` imported by name (not renamed) from Fluent's barrel or its theme packages. */
const IMPORT =
  /import\s*\{[^}]*(?<![\w$])tokens(?![\w$])(?!\s+as)[^}]*\}\s*from\s*['"]@fluentui\/(?:react-components|react-theme|tokens)['"]/;

/**
 * `code` with each `tokens.name` of Fluent's written out as the string it holds (`var(--name)`,
 * some with a default); null when the module doesn't import Fluent's `tokens` or reads none.
 */
export function inlineTokensIn(code: string): string | null {
  if (!code.includes('tokens.') || !IMPORT.test(code)) return null;
  let replaced = false;
  const out = code.replace(USE, (whole, name: string) => {
    const value = values.get(name);
    if (value === undefined) return whole;
    replaced = true;
    return JSON.stringify(value);
  });
  return replaced ? out : null;
}

/**
 * Fluent's `tokens` is one object of about 470 names, each `var(--name)`: a module that reads one
 * token keeps all of them in the bundle. The app's modules and Fluent's components (whose styles
 * read some at load time) get the strings written in at build time instead, so the object is left
 * out of the first page's download (decision 021).
 */
export function inlineFluentTokens(): Plugin {
  let root = process.cwd();
  return {
    name: 'acac:inline-fluent-tokens',
    enforce: 'pre',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    transform(code, id) {
      const file = path.relative(root, id.split('?')[0]!);
      const ours = /^src\/.*\.tsx?$/.test(file);
      const fluent = /node_modules\/@fluentui\/react-[^/]+\/lib\/.*\.js$/.test(file);
      if (!ours && !fluent) return null;
      const out = inlineTokensIn(code);
      return out === null ? null : { code: out, map: null };
    },
  };
}
