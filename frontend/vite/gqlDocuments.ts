// A build-time plugin: each `graphql(`…`)` call becomes an import of the one document it names,
// in a module of its own, so that every page chunk carries only its own documents (issue 13).
//
// At run time, `graphql()` (src/gql/gql.ts, generated) looks the text up in a map of every
// document of the app, and the documents all live in one generated module (src/gql/graphql.ts):
// a bundler never splits a module, so both would land in the first chunk. The generated map
// tells which document a text is (the same look-up, done once at build time); the document's
// JSON is taken from its `export const` line in graphql.ts. A text absent from the map means
// the generated files are stale: the build stops and says to run `npm run codegen`.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

const PREFIX = '\0postprod-gql:';
/** `graphql(` + a template literal without substitutions nor escapes (its text is its value) + `)`. */
const CALL = /\bgraphql\(\s*`((?:[^`\\$]|\$(?!\{))*)`\s*\)/g;

export function gqlDocuments(gqlDir: string): Plugin {
  let names: Map<string, string> | null = null;
  let documents: Map<string, string> | null = null;

  /** Document text → export name, from `const documents = { "text": types.Name, … }` in gql.ts. */
  const nameOf = (text: string): string | undefined => {
    if (!names) {
      names = new Map();
      const entry = /^ {4}("(?:[^"\\]|\\.)*"): types\.(\w+),$/gm;
      for (const [, literal, name] of readFileSync(resolve(gqlDir, 'gql.ts'), 'utf8').matchAll(entry)) {
        names.set(JSON.parse(literal) as string, name);
      }
    }
    return names.get(text);
  };
  /** Export name → the document's JSON, from `export const Name = {…} as unknown as DocumentNode<…>;`. */
  const jsonOf = (name: string): string | undefined => {
    if (!documents) {
      documents = new Map();
      const line = /^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*>;$/gm;
      for (const [, n, json] of readFileSync(resolve(gqlDir, 'graphql.ts'), 'utf8').matchAll(line)) documents.set(n, json);
    }
    return documents.get(name);
  };

  return {
    name: 'postprod-gql-documents',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (id.includes('/node_modules/') || id.startsWith(gqlDir) || !/\.tsx?$/.test(id) || !code.includes('graphql(`')) return null;
      const imports = new Map<string, string>();
      const out = code.replace(CALL, (_, text: string) => {
        const name = nameOf(text);
        if (!name) this.error(`${id}: a graphql(\`…\`) document is not in src/gql/gql.ts: run \`npm run codegen\``);
        const local = `__gql_${name}`;
        imports.set(local, `${PREFIX}${name}`);
        return local;
      });
      if (/\bgraphql\(\s*`/.test(out)) this.error(`${id}: a graphql(\`…\`) call this plugin cannot read (a \${} or an escape in it)`);
      if (imports.size === 0) return null;
      // On the first line, so that the lines of the file do not move.
      const head = [...imports].map(([local, from]) => `import ${local} from ${JSON.stringify(from)};`).join(' ');
      return { code: `${head} ${out}`, map: null };
    },
    resolveId(id) {
      return id.startsWith(PREFIX) ? id : null;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const json = jsonOf(id.slice(PREFIX.length));
      if (!json) this.error(`${id.slice(PREFIX.length)}: no such document in src/gql/graphql.ts: run \`npm run codegen\``);
      return `export default ${json};`;
    },
  };
}
