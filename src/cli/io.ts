/** What a command needs from its surroundings, so tests can run commands in-process. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Directory that relative paths are resolved against. */
  cwd: string;
  /** The clock for "Berechnet am" on the Methodik and Vergleich sheets. */
  now: () => Date;
}

export function processIo(): CliIo {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    cwd: process.cwd(),
    now: () => new Date(),
  };
}
