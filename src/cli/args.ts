import { parseArgs, type ParseArgsConfig } from 'util';
import { usageError, type CliError } from './exit-codes';

export type CommandName = 'report' | 'template' | 'check';
export const COMMANDS: readonly CommandName[] = ['report', 'template', 'check'];

const common = { help: { type: 'boolean', short: 'h' }, quiet: { type: 'boolean', short: 'q' } } as const;
const output = { type: 'string', short: 'o' } as const;
const str = { type: 'string' } as const;
const flag = { type: 'boolean' } as const;

/** The options of every command, for node's util.parseArgs (strict: unknown options are errors). */
export const OPTIONS = {
  report: {
    ...common,
    output,
    table: str,
    sheet: str,
    year: str,
    rule: str,
    lang: str,
    profiles: { type: 'string', multiple: true },
    force: flag,
    json: flag,
  },
  template: { ...common, output, sample: flag, lang: str, force: flag },
  check: { ...common, table: str, sheet: str, lang: str, json: flag },
} as const satisfies Record<CommandName, ParseArgsConfig['options']>;

type Config<C extends CommandName> = { args: string[]; options: (typeof OPTIONS)[C]; allowPositionals: true; strict: true };
export type ParsedArgs<C extends CommandName> = ReturnType<typeof parseArgs<Config<C>>>;

/** Parses a command's arguments; node's parse errors become usage errors with a German message. */
export function parseCommandArgs<C extends CommandName>(command: C, args: string[]): ParsedArgs<C> {
  const config: Config<C> = { args, options: OPTIONS[command], allowPositionals: true, strict: true };
  try {
    return parseArgs(config);
  } catch (error) {
    throw parseFailure(command, error);
  }
}

function parseFailure(command: CommandName, error: unknown): CliError {
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  const name = /'(-{1,2}[^' <=]+)/.exec(message)?.[1] ?? /'([^']+)'/.exec(message)?.[1] ?? '';
  const help = `Hilfe: kooperationsmonitor ${command} --help`;
  const helpEn = `Help: kooperationsmonitor ${command} --help`;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    return usageError(`Unbekannte Option „${name}“ für „${command}“. ${help}`, `Unknown option "${name}" for "${command}". ${helpEn}`);
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return /does not take an argument/.test(message)
      ? usageError(`Die Option „${name}“ nimmt keinen Wert an. ${help}`, `The option "${name}" takes no value. ${helpEn}`)
      : usageError(`Die Option „${name}“ braucht einen Wert. ${help}`, `The option "${name}" needs a value. ${helpEn}`);
  }
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
    return usageError(`Unerwartetes Argument „${name}“. ${help}`, `Unexpected argument "${name}". ${helpEn}`);
  }
  return usageError(`Die Argumente sind ungültig: ${message}. ${help}`, `Invalid arguments: ${message}. ${helpEn}`);
}

/** The one input file a command takes. */
export function singleInput(command: CommandName, positionals: string[]): string {
  if (positionals.length === 1) return positionals[0]!;
  const help = `Hilfe: kooperationsmonitor ${command} --help`;
  if (positionals.length === 0) {
    throw usageError(
      `Die Eingabedatei fehlt: kooperationsmonitor ${command} <eingabe.xlsx>. ${help}`,
      `The input file is missing: kooperationsmonitor ${command} <input.xlsx>.`,
    );
  }
  throw usageError(
    `Nur eine Eingabedatei angeben (gefunden: ${positionals.map((p) => `„${p}“`).join(', ')}). ${help}`,
    `Give only one input file (found: ${positionals.map((p) => `"${p}"`).join(', ')}).`,
  );
}

/** No positional arguments for commands that take none. */
export function noPositionals(command: CommandName, positionals: string[]): void {
  if (positionals.length > 0) {
    throw usageError(
      `Unerwartetes Argument „${positionals[0]}“. Hilfe: kooperationsmonitor ${command} --help`,
      `Unexpected argument "${positionals[0]}".`,
    );
  }
}
