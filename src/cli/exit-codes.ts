import { Text, t } from '../core/model/text';

/** The documented exit codes of the command-line runner (see help.ts). */
export const EXIT = {
  ok: 0,
  /** check: the validation found errors. */
  validation: 1,
  /** Wrong call: unknown command or option, invalid value, output exists without --force. */
  usage: 2,
  /** The input cannot be read: not .xlsx, encrypted, damaged, no table, empty table, merged header. */
  input: 3,
  /** A fault of the program itself (a bug): the message asks to report it. */
  internal: 70,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A failure with its user message (German first) and the exit code it ends the program with. */
export class CliError extends Error {
  readonly user: Text;
  readonly exitCode: ExitCode;

  constructor(exitCode: ExitCode, user: Text, options: { cause?: unknown } = {}) {
    super(user.en, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'CliError';
    this.exitCode = exitCode;
    this.user = user;
  }
}

export function usageError(de: string, en: string): CliError {
  return new CliError(EXIT.usage, t(de, en));
}

export function inputError(de: string, en: string, cause?: unknown): CliError {
  return new CliError(EXIT.input, t(de, en), cause === undefined ? {} : { cause });
}
