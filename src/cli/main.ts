import type { Lang } from '../core/model/text';
import { COMMANDS, type CommandName } from './args';
import { checkCommand } from './commands/check';
import { reportCommand } from './commands/report';
import { templateCommand } from './commands/template';
import { CliError, EXIT, usageError, type ExitCode } from './exit-codes';
import { COMMAND_HELP, PROGRAM_HELP } from './help';
import { processIo, type CliIo } from './io';
import { appVersion } from './run-info';

const RUN: Readonly<Record<CommandName, (args: string[], io: CliIo) => Promise<ExitCode>>> = {
  report: reportCommand,
  template: templateCommand,
  check: checkCommand,
};

const isCommand = (s: string | undefined): s is CommandName => (COMMANDS as readonly string[]).includes(s ?? '');

/**
 * The command-line runner: `main(argv, io)` runs one command and returns its exit code, so tests run
 * commands in-process. Every failure ends here: a CliError with its message and code; anything else
 * is a fault of the program (exit 70).
 */
export async function main(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const [first, ...rest] = argv;
  try {
    if (first === undefined) {
      io.stderr(PROGRAM_HELP);
      return EXIT.usage;
    }
    if (first === '-h' || first === '--help') {
      io.stdout(PROGRAM_HELP);
      return EXIT.ok;
    }
    if (first === 'help') {
      const topic = rest[0];
      if (topic !== undefined && !isCommand(topic)) throw unknownCommand(topic);
      io.stdout(topic === undefined ? PROGRAM_HELP : COMMAND_HELP[topic]);
      return EXIT.ok;
    }
    if (first === '-V' || first === '--version') {
      io.stdout(`${appVersion()}\n`);
      return EXIT.ok;
    }
    if (!isCommand(first)) throw unknownCommand(first);
    return await RUN[first](rest, io);
  } catch (error) {
    const lang = messageLang(argv);
    if (error instanceof CliError) {
      io.stderr(`${lang === 'de' ? 'Fehler' : 'Error'}: ${error.user[lang]}\n`);
      return error.exitCode;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr(
      lang === 'de'
        ? `Ein unerwarteter Fehler ist aufgetreten. Bitte mit den folgenden Details melden:\n${detail}\n`
        : `An unexpected error occurred. Please report it with the details below:\n${detail}\n`,
    );
    return EXIT.internal;
  }
}

function unknownCommand(name: string): CliError {
  return name.startsWith('-')
    ? usageError(
        `Unbekannte Option „${name}“. Zuerst einen Befehl angeben: ${COMMANDS.join(', ')}. Hilfe: kooperationsmonitor --help`,
        `Unknown option "${name}". Give a command first: ${COMMANDS.join(', ')}.`,
      )
    : usageError(
        `Unbekannter Befehl „${name}“. Befehle: ${COMMANDS.join(', ')}. Hilfe: kooperationsmonitor --help`,
        `Unknown command "${name}". Commands: ${COMMANDS.join(', ')}.`,
      );
}

/** Messages follow --lang when it is given as en; German otherwise (also when the arguments are wrong). */
function messageLang(argv: readonly string[]): Lang {
  const i = argv.indexOf('--lang');
  return argv.includes('--lang=en') || (i >= 0 && argv[i + 1] === 'en') ? 'en' : 'de';
}

/** With this variable set to 1, the process prints its resource use on exit (for the benchmark where /usr/bin/time is missing). */
export const RESOURCE_USAGE_ENV = 'KOOPERATIONSMONITOR_RESOURCE_USAGE';

/** Entry for bin.cjs: runs with the process's streams and sets the exit code (without cutting off stdout). */
export function runFromProcess(): void {
  if (process.env[RESOURCE_USAGE_ENV] === '1') {
    process.on('exit', () => {
      const usage = process.resourceUsage();
      process.stderr.write(
        `resource-usage ${JSON.stringify({ maxRSSKiB: usage.maxRSS, userSeconds: usage.userCPUTime / 1e6, systemSeconds: usage.systemCPUTime / 1e6 })}\n`,
      );
    });
  }
  void main(process.argv.slice(2), processIo()).then((code) => {
    process.exitCode = code;
  });
}
