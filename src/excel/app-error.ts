import { Text } from '../core/model/text';

/**
 * A failure the user should hear about: a German (and English) message that says what happened and what
 * to do next. Office's code and debugInfo go to the log, never in front of the user.
 */
export class AppError extends Error {
  readonly user: Text;
  readonly officeCode: string | undefined;
  readonly debugInfo: unknown;

  constructor(user: Text, options: { cause?: unknown } = {}) {
    super(user.en, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AppError';
    this.user = user;
    const c = options.cause as { code?: unknown; debugInfo?: unknown } | undefined;
    this.officeCode = typeof c?.code === 'string' ? c.code : undefined;
    this.debugInfo = c?.debugInfo;
  }
}

/** Wraps an unexpected Office failure with a message that tells the user what to do. */
export function officeFailure(what: Text, cause: unknown): AppError {
  if (cause instanceof AppError) return cause;
  return new AppError(
    {
      de: `${what.de} Die Arbeitsmappe ist unverändert. Bitte erneut versuchen; wenn es wieder scheitert, die Details an den Support geben.`,
      en: `${what.en} The workbook is unchanged. Please try again; if it fails again, pass the details to support.`,
    },
    { cause },
  );
}
