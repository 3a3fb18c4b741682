// Custom Elements Manifest: `npm run analyze` (= `cem analyze --litelement`) writes
// custom-elements.json at the package root. The class JSDoc (@summary, @fires, @csspart,
// @cssproperty, @slot) is the public contract; Storybook and the JSX typings read it.
import path from 'node:path';

/**
 * Widgets register through `definePulseElement('pulse-x', PulseX)` (src/shared/register.ts)
 * rather than a bare `customElements.define`, which the analyzer would recognise by itself.
 * This plugin reads those calls so each class gets its `tagName` and each registration
 * module a `custom-element-definition` export.
 */
function pulseDefinePlugin() {
  return {
    name: 'crm-pulse:define-pulse-element',
    analyzePhase({ ts, node, moduleDoc }) {
      if (node.kind !== ts.SyntaxKind.CallExpression) return;
      const callee = node.expression;
      if (!ts.isIdentifier(callee) || callee.text !== 'definePulseElement') return;
      const [tagArg, classArg] = node.arguments;
      if (!tagArg || !ts.isStringLiteralLike(tagArg) || !classArg || !ts.isIdentifier(classArg)) return;
      const className = classArg.text;
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        {
          kind: 'custom-element-definition',
          name: tagArg.text,
          declaration: {
            name: className,
            module: declaringModule(ts, node.getSourceFile(), className, moduleDoc.path),
          },
        },
      ];
    },
  };
}

/** The manifest path of the module that declares `name`, following a relative import. */
function declaringModule(ts, sourceFile, name, ownPath) {
  for (const statement of sourceFile.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    const bindings = statement.importClause?.namedBindings;
    const imported =
      bindings && ts.isNamedImports(bindings) && bindings.elements.some((e) => e.name.text === name);
    const specifier = statement.moduleSpecifier.text;
    if (imported && specifier.startsWith('.')) {
      return path.posix.join(path.posix.dirname(ownPath), specifier).replace(/\.js$/, '.ts');
    }
  }
  return ownPath;
}

/** Every declaration of every module of the manifest. */
function* declarations(manifest) {
  for (const mod of manifest.modules ?? []) yield* mod.declarations ?? [];
}

/** Keeps the entries of `decl[key]` that pass `keep`; drops the key when none is left. */
function keepOnly(decl, key, keep) {
  if (!decl[key]) return;
  decl[key] = decl[key].filter(keep);
  if (decl[key].length === 0) delete decl[key];
}

/**
 * Events are dispatched as typed classes (`new PulseStageSelectEvent(detail)`), whose names
 * the analyzer cannot read from the call, so it records stray events named `detail` or
 * with no name. The `@fires` tags in each class's JSDoc are the contract: keep only those.
 */
function firesOnlyPlugin() {
  return {
    name: 'crm-pulse:fires-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const decl of declarations(customElementsManifest)) {
        keepOnly(decl, 'events', (e) => typeof e.name === 'string' && e.name.startsWith('pulse-'));
      }
    },
  };
}

/**
 * The elements declare their reactive properties as Lit's `static properties` (no
 * decorators: a lighter bundle). From those the analyzer records two things the decorators
 * did not give: `privacy: "public"` on public fields (scripts/vue-types.mjs keeps only
 * fields without a privacy, so the Vue props lost them), and an attribute for each internal
 * state (`{state: true}`, which it does not read), though Lit gives a state no attribute
 * (the JSX typings and Storybook would list them). This plugin drops both, so the manifest
 * says what it said (checked deep-equal to the one made from the decorators).
 */
function staticPropertiesPlugin() {
  return {
    name: 'crm-pulse:static-properties',
    packageLinkPhase({ customElementsManifest }) {
      for (const decl of declarations(customElementsManifest)) {
        const internal = new Set();
        for (const member of decl.members ?? []) {
          if (member.privacy === 'public') delete member.privacy;
          else if (member.kind === 'field' && member.privacy) {
            internal.add(member.name);
            delete member.attribute;
          }
        }
        keepOnly(decl, 'attributes', (a) => !internal.has(a.fieldName));
      }
    },
  };
}

export default {
  globs: ['src/widgets/**/*.ts', 'src/shared/**/*.ts', 'src/dashboard/**/*.ts'],
  exclude: ['**/*.test.ts', '**/*.stories.ts', '**/*.schema.ts', '**/*.d.ts', 'src/widgets/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  // package.json already carries "customElements": "custom-elements.json".
  packagejson: false,
  plugins: [pulseDefinePlugin(), firesOnlyPlugin(), staticPropertiesPlugin()],
};
