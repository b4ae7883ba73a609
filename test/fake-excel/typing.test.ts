/**
 * The fidelity check of README.md ("Typing"): jest only transpiles, so this test runs the
 * TypeScript compiler itself on the fake plus three small probe classes and looks at the errors.
 */
import path from 'path';
import ts from 'typescript';
import type { Faithful } from './proxy/typing';

const here = __dirname;
const probe = (name: string) => path.join(here, `__probe_${name}.ts`);

const PROBES: Record<string, string> = {
  [probe('ok')]: `
    import type { Faithful } from './proxy/typing';
    export class Ok implements Faithful<Ok, Excel.Range> {
      getRow(row: number): Excel.Range { void row; return null as unknown as Excel.Range; }
    }`,
  [probe('invented')]: `
    import type { Faithful } from './proxy/typing';
    export class Invented implements Faithful<Invented, Excel.Range> {
      getRow(row: number): Excel.Range { void row; return null as unknown as Excel.Range; }
      getRowz(row: number): Excel.Range { void row; return null as unknown as Excel.Range; }
    }`,
  [probe('wrong')]: `
    import type { Faithful } from './proxy/typing';
    export class Wrong implements Faithful<Wrong, Excel.Worksheet> {
      getRange(address: number): Excel.Range { void address; return null as unknown as Excel.Range; }
    }`,
};

function compile(): ts.Program {
  const options: ts.CompilerOptions = {
    strict: true,
    noUncheckedIndexedAccess: true,
    noEmit: true,
    skipLibCheck: true,
    esModuleInterop: true,
    target: ts.ScriptTarget.ES2021,
    module: ts.ModuleKind.CommonJS,
    moduleResolution: ts.ModuleResolutionKind.Node10,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    types: ['office-js'],
    typeRoots: [path.join(here, '../../node_modules/@types')],
  };
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  host.fileExists = (file) => file in PROBES || fileExists.call(host, file);
  host.readFile = (file) => PROBES[file] ?? readFile.call(host, file);
  host.getSourceFile = (file, language, ...rest) => {
    const text = PROBES[file];
    return text === undefined ? getSourceFile.call(host, file, language, ...rest) : ts.createSourceFile(file, text, language);
  };
  return ts.createProgram([path.join(here, 'index.ts'), ...Object.keys(PROBES)], options, host);
}

function errorsIn(program: ts.Program, file: string): string[] {
  const source = program.getSourceFile(file);
  return ts.getPreEmitDiagnostics(program, source).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('typing against @types/office-js', () => {
  const program = compile();

  it('the whole fake type-checks against the real Excel types', () => {
    const fakeFiles = program.getSourceFiles().filter((f) => f.fileName.includes('/fake-excel/') && !f.fileName.includes('__probe_'));
    expect(fakeFiles.length).toBeGreaterThan(20);
    const errors = fakeFiles.flatMap((f) => errorsIn(program, f.fileName).map((e) => `${path.basename(f.fileName)}: ${e}`));
    expect(errors).toEqual([]);
  });

  it('accepts a member with the real signature', () => {
    expect(errorsIn(program, probe('ok'))).toEqual([]);
  });

  it('refuses a member the real API lacks, naming it', () => {
    expect(errorsIn(program, probe('invented')).join('\n')).toContain('not in the real API: getRowz');
  });

  it('refuses a member whose signature differs from the real one', () => {
    expect(errorsIn(program, probe('wrong')).join('\n')).toContain("Property 'getRange' in type 'Wrong' is not assignable");
  });
});

// The same checks, seen by `tsc --noEmit` on this file:
// @ts-expect-error — "getRowz" does not exist on Excel.Range
export class InventedMember implements Faithful<InventedMember, Excel.Range> {
  getRowz(): void {}
}
export class WrongSignature implements Faithful<WrongSignature, Excel.Range> {
  // @ts-expect-error — Excel.Range.getRow takes a number
  getRow(row: string): Excel.Range {
    void row;
    throw new Error('never called');
  }
}
