import type { CliIo } from './io';

/** Progress of a run on stderr ("Lese Eingabe… 3,2 s"), so long batch runs show what they are doing. */
export interface Progress {
  /** Runs one step, announced by its label ("Lese Eingabe") and closed with its duration. */
  step<T>(label: string, work: () => Promise<T> | T): Promise<T>;
  /** A remark on stderr (kept even with --quiet: warnings must not be lost). */
  warn(text: string): void;
  /** The closing line with the total time. */
  done(label: string): void;
}

const seconds = (ms: number) => `${(ms / 1000).toLocaleString('de-DE', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} s`;

export function createProgress(io: CliIo, quiet: boolean): Progress {
  const started = performance.now();
  /** The label of the step whose line is still open (no newline yet). */
  let open: string | null = null;
  const closeLine = () => {
    if (open !== null) io.stderr('\n');
    open = null;
  };
  return {
    async step(label, work) {
      const t0 = performance.now();
      if (!quiet) {
        closeLine();
        io.stderr(`${label}…`);
        open = label;
      }
      try {
        const result = await work();
        if (!quiet) {
          const took = seconds(performance.now() - t0);
          io.stderr(open === label ? ` ${took}\n` : `${label}: ${took}\n`);
          open = null;
        }
        return result;
      } catch (error) {
        closeLine();
        throw error;
      }
    },
    warn(text) {
      closeLine();
      io.stderr(`${text}\n`);
    },
    done(label) {
      if (quiet) return;
      closeLine();
      io.stderr(`${label} in ${seconds(performance.now() - started)}.\n`);
    },
  };
}
